package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Anonymisation on request over REST: a coordinator anonymises a deactivated account at the version last read; the
 * person's data export then names nobody; an active account, a stale version and any other role are refused.
 */
class AnonymisationApiIT {

    @Test
    void aCoordinatorAnonymisesADeactivatedAccountAndItsExportNamesNobody() {
        String username = Platform.newAccount("STUDENT", "Kolegji Profesional", "SQ");
        JsonObject account = json(asDemo("GET", "/api/users?username=" + username, "coordinator", null))
                .getJsonArray("items").getJsonObject(0);
        String user = "/api/users/" + account.getJsonNumber("id").longValue();

        HttpResponse<String> whileActive = asDemo("POST", user + "/anonymisation", "coordinator", version(account));
        JsonObject deactivated = json(asDemo("POST", user + "/deactivation", "coordinator", version(account)));
        HttpResponse<String> stale = asDemo("POST", user + "/anonymisation", "coordinator", version(account));
        HttpResponse<String> bySchool = asDemo("POST", user + "/anonymisation", "school.kpt", version(deactivated));
        HttpResponse<String> anonymised = asDemo("POST", user + "/anonymisation", "coordinator", version(deactivated));

        assertThat(whileActive.statusCode()).as(whileActive.body()).isEqualTo(422);
        assertThat(json(whileActive).getString("detail")).isEqualTo(Platform.text("", "user.rule.STILL_ACTIVE"));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(bySchool.statusCode()).isEqualTo(403);
        assertThat(anonymised.statusCode()).as(anonymised.body()).isEqualTo(200);
        JsonObject after = json(anonymised);
        String pseudonym = "anonymised-" + account.getJsonNumber("id").longValue();
        assertThat(after.getString("username")).isEqualTo(pseudonym);
        assertThat(after.getString("email")).isEqualTo(pseudonym + "@anonymised.invalid");
        assertThat(after.getString("anonymisedAt")).isNotBlank();
        assertThat(after.getBoolean("active")).isFalse();

        HttpResponse<String> export = asDemo("GET", user + "/data", "coordinator", null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(json(export).getJsonObject("account").getString("username")).isEqualTo(pseudonym);
        assertThat(export.body()).doesNotContain(username, "Browser Person");
        assertThat(json(asDemo("GET", "/api/audit-events?target=" + username, "coordinator", null))
                .getJsonNumber("total").longValue()).isZero();
        assertThat(json(asDemo("GET", "/api/audit-events?type=ACCOUNT_ANONYMISED&target=" + pseudonym, "coordinator", null))
                .getJsonNumber("total").longValue()).isEqualTo(1);

        HttpResponse<String> activated = asDemo("POST", user + "/activation", "coordinator", version(after));
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(422);
        assertThat(json(activated).getString("detail")).isEqualTo(Platform.text("", "user.rule.ANONYMISED"));
    }

    @Test
    void aUsernameKeptForAnonymisedAccountsIsRefusedWithItsReason() {
        long institution = json(asDemo("GET", "/api/institutions?name=Kolegji%20Profesional", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> refused = asDemo("POST", "/api/users", "coordinator", """
                {"username": "anonymised-999999999", "email": "reserved@school.example", "fullName": "Reserved",
                 "institutionId": %d, "roles": ["TEACHER"], "language": "EN"}""".formatted(institution));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains(Platform.validationText("", "user.username.reserved").replace("\"", "\\\""));
    }

    private static String version(JsonObject account) {
        return "{\"version\": " + account.getJsonNumber("version").longValue() + "}";
    }
}
