package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

/**
 * A client address of its own on the loopback network, for the tests of the per-client budget of failed sign-ins
 * ({@code SignInFailures}): no other test's sign-ins count against it, and the budget of 127.0.0.1, from which every
 * other test comes, stays as it was. The JDK's HTTP client cannot choose its local address, so the requests are written
 * on a socket bound to it. It may also play a reverse proxy, passing on requests of a client it names
 * ({@link #forwardingFor}).
 */
final class OwnAddress {

    /** An answer as received: status, head (status line and headers) and body (without chunk framing). */
    record Answer(int status, String head, String body) {

        Optional<String> header(String name) {
            return head.lines().skip(1).map(line -> line.split(":", 2))
                    .filter(field -> field.length == 2 && field[0].trim().equalsIgnoreCase(name))
                    .map(field -> field[1].trim()).findFirst();
        }

        /** Whether the login page says to wait; the wait is at most the 6 seconds in which one failure comes back. */
        boolean saysToWait() {
            MessageFormat throttled = new MessageFormat(Platform.text("", "login.throttled"), Locale.ENGLISH);
            return LongStream.rangeClosed(1, 6).mapToObj(seconds -> throttled.format(new Object[] {seconds}))
                    .anyMatch(body::contains);
        }
    }

    private final String address;

    /** The {@code X-Forwarded-For} header of every request, or null for none. */
    private final String forwardedFor;

    private OwnAddress(String address, String forwardedFor) {
        this.address = address;
        this.forwardedFor = forwardedFor;
    }

    /** An address outside 127.0.0.x, which the test domain keeps for the proxy it trusts ({@code TrustedProxyIT}). */
    static OwnAddress any() {
        return of("127.0.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
                ThreadLocalRandom.current().nextInt(2, 255)));
    }

    static OwnAddress of(String address) {
        return new OwnAddress(address, null);
    }

    /** The same address, sending every request with {@code X-Forwarded-For: client}, as a reverse proxy would. */
    OwnAddress forwardingFor(String client) {
        return new OwnAddress(address, client);
    }

    String address() {
        return address;
    }

    /** GET /api/me, signed in with HTTP Basic. */
    Answer me(String username, String password) {
        return send("GET", "/api/me", Map.of("Accept", "application/json",
                "Authorization", Platform.basicAuthorization(username, password)), null);
    }

    /**
     * Fails sign-ins over HTTP Basic until one is refused before a password is verified (429), and gives that answer.
     * One after another, under load, some failures come back meanwhile: it goes on until one is refused.
     */
    Answer failUntilRefused() {
        return failUntilRefused(attempt -> this);
    }

    /** As {@link #failUntilRefused()}, each attempt (numbered from 0) sent from where {@code from} says. */
    static Answer failUntilRefused(IntFunction<OwnAddress> from) {
        Answer answer = null;
        for (int i = 0; i < 40 && (answer == null || answer.status() != 429); i++) {
            answer = from.apply(i).me("nobody.basic", "guess-" + i);
            assertThat(answer.status()).isBetween(400, 499);
        }
        return answer;
    }

    /** Signs in through the login form, with the view state of a login page read before ({@link Pages#viewState}). */
    Answer signInWithForm(String username, String password, String viewState) {
        return send("POST", "/login.xhtml", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                Pages.formBody(Map.of("login", "login", "login:username", username, "login:password", password,
                        "login:submit", "", "jakarta.faces.ViewState", viewState)));
    }

    /** Sends a request from this address (in English, closing the connection after it) and reads the answer. */
    Answer send(String method, String path, Map<String, String> headers, String body) {
        URI target = URI.create(Platform.url(path));
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()) + " HTTP/1.1\r\n")
                .append("Host: ").append(target.getHost()).append(':').append(target.getPort()).append("\r\n")
                .append("Accept-Language: en\r\nConnection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (forwardedFor != null) {
            request.append("X-Forwarded-For: ").append(forwardedFor).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return answer(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer answer(InputStream in) throws IOException {
        byte[] received = in.readAllBytes();
        int end = indexOf(received, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String head = new String(received, 0, end, StandardCharsets.ISO_8859_1);
        byte[] rest = Arrays.copyOfRange(received, end + 4, received.length);
        boolean chunked = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked");
        String body = new String(chunked ? unchunked(rest) : rest, StandardCharsets.UTF_8);
        return new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, body);
    }

    private static byte[] unchunked(byte[] chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunks, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            String size = new String(chunks, at, lineEnd - at, StandardCharsets.US_ASCII).split(";", 2)[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(chunks, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new IllegalStateException("an incomplete answer: no " + Arrays.toString(wanted));
    }
}
