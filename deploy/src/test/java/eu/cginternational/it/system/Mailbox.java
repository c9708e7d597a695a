package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM on the port the test domain's mail session points
 * at; it receives what the outbox delivers. Started once for all system tests.
 */
final class Mailbox {

    private static final Pattern LINK = Pattern.compile("(http\\S+/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final GreenMail SERVER = start();

    private Mailbox() {
    }

    /** Makes sure the server runs before something is sent to it. */
    static void open() {
        SERVER.getSmtp();
    }

    private static GreenMail start() {
        int port = Integer.parseInt(System.getProperty("cg.smtp.port", "28025"));
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** The newest mail to the address once more than {@code alreadyReceived} have arrived there. */
    static Message latestTo(String address, int alreadyReceived) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        while (Instant.now().isBefore(deadline)) {
            List<Message> received = Arrays.stream((Message[]) SERVER.getReceivedMessages())
                    .filter(message -> addressedTo(message, address))
                    .toList();
            if (received.size() > alreadyReceived) {
                return received.get(received.size() - 1);
            }
            sleep();
        }
        throw new AssertionError("No new e-mail to " + address + " arrived within 45 seconds");
    }

    static String body(Message message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    static String resetLinkIn(Message message) {
        Matcher matcher = LINK.matcher(body(message));
        assertThat(matcher.find()).as("a reset link in the mail").isTrue();
        return matcher.group(1);
    }

    /** Opens the link of the welcome mail and chooses a password on its page, like its recipient would. */
    static String setPasswordFromWelcomeMail(String address) {
        return setPasswordFromWelcomeMail(address, 0);
    }

    /** The same with the newest mail to the address, once more than {@code alreadyReceived} have arrived there. */
    static String setPasswordFromWelcomeMail(String address, int alreadyReceived) {
        String password = "chosen passphrase " + Platform.unique("pw");
        HttpResponse<String> answer = choosePasswordThrough(resetLinkIn(latestTo(address, alreadyReceived)), password);
        assertThat(answer.statusCode()).as("the form redirects to the login page").isEqualTo(302);
        return password;
    }

    /** Opens a link to choose a password and sends its page's form with the password; returns the form's answer. */
    static HttpResponse<String> choosePasswordThrough(String link, String password) {
        HttpClient browser = Platform.client().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = Platform.send(browser, HttpRequest.newBuilder(URI.create(link)).build()).body();
        String token = link.substring(link.indexOf("token=") + 6);
        String form = Pages.formBody(Map.of(
                "reset", "reset",
                "reset:token", token,
                "reset:newPassword", password,
                "reset:repeatedPassword", password,
                "reset:save", "",
                "jakarta.faces.ViewState", Pages.viewState(page)));
        HttpResponse<String> answer = Platform.send(browser, HttpRequest.newBuilder(URI.create(Platform.url("/reset-password.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return answer;
    }

    private static boolean addressedTo(Message message, String address) {
        try {
            return List.of(message.getAllRecipients()).stream().anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
