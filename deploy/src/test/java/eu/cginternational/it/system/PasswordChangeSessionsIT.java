package eu.cginternational.it.system;

import static eu.cginternational.it.system.Pages.cookies;
import static eu.cginternational.it.system.Pages.get;
import static eu.cginternational.it.system.Pages.post;
import static eu.cginternational.it.system.Pages.sessionOf;
import static eu.cginternational.it.system.Pages.viewState;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person who changes or resets their password, perhaps to take their account back, signs out every other session of
 * the account at its next request; the session that changed it goes on, under a new id.
 */
class PasswordChangeSessionsIT {

    private static final String NEW_PASSWORD = "a fresh passphrase 2026";

    @Test
    void aChangeOnThePasswordPageEndsTheOtherSessionsAndKeepsTheChangersUnderANewId() {
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        String changer = sessionOf(username, password);
        String other = sessionOf(username, password);
        HttpResponse<String> page = get("/account/password.xhtml", changer);

        HttpResponse<String> changed = post("/account/password.xhtml", changer, Map.of(
                "password", "password",
                "password:currentPassword", password,
                "password:newPassword", NEW_PASSWORD,
                "password:repeatedPassword", NEW_PASSWORD,
                "password:save", "",
                "jakarta.faces.ViewState", viewState(page.body())));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        String renewed = "JSESSIONID=" + cookies(changed).get("JSESSIONID");
        assertThat(renewed).isNotEqualTo("JSESSIONID=null").isNotEqualTo(changer);
        assertThat(get("/account/password.xhtml", renewed).statusCode()).as("the changer goes on").isEqualTo(200);
        assertSendsToLogin(other);
        assertApiRefuses(changer);
    }

    @Test
    void aChangeOverTheApiInASessionEndsTheOtherSessionsAndKeepsTheChangers() {
        String username = Platform.newAccount("STUDENT", "Kolegji Profesional", "SQ");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        String changer = sessionOf(username, password);
        String other = sessionOf(username, password);

        HttpResponse<String> changed = Platform.send(HttpRequest.newBuilder(URI.create(Platform.url("/api/me/password")))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Origin", Platform.BASE_URL)
                .header("Cookie", changer)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\": " + quoted(password)
                        + ", \"newPassword\": " + quoted(NEW_PASSWORD) + "}", StandardCharsets.UTF_8))
                .build());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        String renewed = "JSESSIONID=" + cookies(changed).get("JSESSIONID");
        assertThat(me(renewed).statusCode()).as("the changer goes on").isEqualTo(200);
        assertApiRefuses(other);
    }

    @Test
    void aResetThroughTheMailedLinkEndsEverySessionOfTheAccount() {
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "CNR");
        String address = username + "@school.example";
        String password = Mailbox.setPasswordFromWelcomeMail(address);
        String first = sessionOf(username, password);
        String second = sessionOf(username, password);
        HttpResponse<String> forgot = get("/forgot-password.xhtml", null);
        assertThat(post("/forgot-password.xhtml", null, Map.of("forgot", "forgot", "forgot:identifier", username,
                "forgot:send", "", "jakarta.faces.ViewState", viewState(forgot.body()))).statusCode()).isIn(200, 302);

        String reset = Mailbox.setPasswordFromWelcomeMail(address, 1);

        assertApiRefuses(first);
        assertSendsToLogin(second);
        assertThat(Platform.call("GET", "/api/me", username, reset, null).statusCode()).isEqualTo(200);
    }

    /**
     * A person who changes their password, perhaps because someone else read their mailbox, ends the links to choose a
     * password mailed before: whoever holds one can no longer set another password and take the account back.
     */
    @Test
    void aChangeEndsTheLinkToChooseAPasswordMailedBefore() {
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String address = username + "@school.example";
        String password = Mailbox.setPasswordFromWelcomeMail(address);
        HttpResponse<String> forgot = get("/forgot-password.xhtml", null);
        assertThat(post("/forgot-password.xhtml", null, Map.of("forgot", "forgot", "forgot:identifier", username,
                "forgot:send", "", "jakarta.faces.ViewState", viewState(forgot.body()))).statusCode()).isIn(200, 302);
        String mailedLink = Mailbox.resetLinkIn(Mailbox.latestTo(address, 1));

        HttpResponse<String> changed = Platform.call("PUT", "/api/me/password", username, password,
                "{\"currentPassword\": " + quoted(password) + ", \"newPassword\": " + quoted(NEW_PASSWORD) + "}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        HttpResponse<String> taken = Mailbox.choosePasswordThrough(mailedLink, "a taker's passphrase 2026");
        assertThat(taken.statusCode()).as("the form stays, refused").isEqualTo(200);
        assertThat(taken.body()).contains(Platform.text("", "account.reset.token_invalid"));
        assertThat(Platform.call("GET", "/api/me", username, "a taker's passphrase 2026", null).statusCode()).isEqualTo(401);
        assertThat(Platform.call("GET", "/api/me", username, NEW_PASSWORD, null).statusCode()).isEqualTo(200);
    }

    private static void assertSendsToLogin(String session) {
        HttpResponse<String> page = get("/account/password.xhtml", session);
        assertThat(page.statusCode()).as("a page sends to the login").isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login.xhtml"));
    }

    private static void assertApiRefuses(String session) {
        assertThat(me(session).statusCode()).as("the API refuses").isEqualTo(401);
    }

    private static HttpResponse<String> me(String session) {
        return Platform.send(HttpRequest.newBuilder(URI.create(Platform.url("/api/me")))
                .header("Accept", "application/json").header("Cookie", session).GET().build());
    }
}
