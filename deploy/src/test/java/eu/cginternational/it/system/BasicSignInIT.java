package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * An API client signs in with HTTP Basic on every call. A credential verified lately is remembered for a minute, so
 * that the calls neither verify the password again, nor write the account (whose version a coordinator's edit names),
 * nor fill the audit log; a password change ends it at once. An address whose sign-ins keep failing waits (429) before
 * another password is verified.
 */
class BasicSignInIT {

    @Test
    void callsInARowSignInOnceAndLeaveTheAccountsVersionAsItWas() {
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        JsonObject before = account(username);

        for (int i = 0; i < 5; i++) {
            assertThat(call("GET", "/api/me", username, password, null).statusCode()).isEqualTo(200);
        }

        JsonObject after = account(username);
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
        assertThat(Platform.isNull(after, "lastLoginAt")).as("the sign-in is recorded").isFalse();
        assertThat(json(asDemo("GET", "/api/audit-events?type=LOGIN_SUCCEEDED&target=" + username, "coordinator", null))
                .getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void aChangedPasswordEndsTheRememberedCredentialAtOnce() {
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "SQ");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        assertThat(call("GET", "/api/me", username, password, null).statusCode()).isEqualTo(200);

        assertThat(call("PUT", "/api/me/password", username, password, "{\"currentPassword\": " + quoted(password)
                + ", \"newPassword\": \"a fresh passphrase 2026\"}").statusCode()).isEqualTo(204);

        assertThat(call("GET", "/api/me", username, password, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/me", username, "a fresh passphrase 2026", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressWhoseSignInsKeepFailingWaitsBeforeAnotherPasswordIsVerified() {
        OwnAddress address = OwnAddress.any();
        // A password nobody has used over Basic: a demo account's may be remembered from another test, and a remembered
        // credential is let in without a verification, so without a take from the budget.
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        OwnAddress.Answer refused = address.failUntilRefused();
        OwnAddress.Answer rightPassword = address.me(username, password);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(refused.body()).contains(Platform.text("", "api.sign_in_throttled"));
        assertThat(rightPassword.status()).as("no password is verified meanwhile").isEqualTo(429);
        assertThat(call("GET", "/api/me", username, password, null).statusCode()).as("other addresses sign in").isEqualTo(200);
    }

    private static JsonObject account(String username) {
        long id = json(asDemo("GET", "/api/users?username=" + username, "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        return json(asDemo("GET", "/api/users/" + id, "coordinator", null));
    }
}
