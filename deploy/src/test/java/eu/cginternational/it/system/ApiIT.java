package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static eu.cginternational.it.system.Platform.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The REST API over HTTP: sign-in, access by role, RFC 9457 problems, validation and versions. */
class ApiIT {

    @Nested
    class SigningIn {

        @Test
        void withoutCredentialsTheApiAnswers401WithAProblem() {
            HttpResponse<String> response = call("GET", "/api/me", null, null, null);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(response).getInt("status")).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
        }

        @Test
        void meTellsTheCallersUsernameRolesInstitutionAndLanguage() {
            HttpResponse<String> response = asDemo("GET", "/api/me", "school.kpt", null);

            assertThat(response.statusCode()).isEqualTo(200);
            JsonObject me = json(response);
            assertThat(me.getString("username")).isEqualTo("school.kpt");
            assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("SCHOOL_ADMIN");
            assertThat(me.getJsonObject("institution").getString("name")).isEqualTo("Kolegji Profesional i Tiranës");
            assertThat(me.getJsonObject("institution").getString("countryCode")).isEqualTo("AL");
            assertThat(me.getJsonObject("institution").getJsonNumber("id")).isNotNull();
            assertThat(me.getString("language")).isIn("EN", "SQ", "CNR");
            assertThat(response.body()).doesNotContain("password");
        }

        @Test
        void aWrongPasswordAnswers401() {
            assertThat(call("GET", "/api/me", "school.kpt", "not-the-password", null).statusCode()).isEqualTo(401);
        }

        @Test
        void fiveWrongPasswordsLockTheAccountAgainstTheRightOne() {
            JsonObject user = createTeacher(unique("locked"));
            String username = user.getString("username");
            String password = setPasswordThroughTheApi(username);

            for (int i = 0; i < 5; i++) {
                assertThat(call("GET", "/api/me", username, "wrong-" + i, null).statusCode()).isEqualTo(401);
            }

            assertThat(call("GET", "/api/me", username, password, null).statusCode()).isEqualTo(401);
            JsonObject locked = json(asDemo("GET", "/api/users/" + user.getInt("id"), "coordinator", null));
            assertThat(locked.getString("lockedUntil")).isNotBlank();
            JsonObject lockouts = json(asDemo("GET", "/api/audit-events?type=ACCOUNT_LOCKED&target=" + username, "coordinator", null));
            assertThat(lockouts.getJsonNumber("total").longValue()).isEqualTo(1);
        }
    }

    @Nested
    class AccessByRole {

        @Test
        void aStudentIsRefusedTheCoordinatorsApiWith403() {
            HttpResponse<String> response = asDemo("GET", "/api/users", "student.kpt", null);

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).getString("title")).isEqualTo("Forbidden");
            JsonObject refusals = json(asDemo("GET", "/api/audit-events?type=ACCESS_DENIED&actor=student.kpt&target=/api/users",
                    "coordinator", null));
            assertThat(refusals.getJsonNumber("total").longValue()).isPositive();
        }

        @Test
        void aStudentIsRefusedTheCoordinatorsPagesWith403() {
            HttpResponse<String> response = asDemo("GET", "/coordinator/users.xhtml", "student.lutfimusiqi", null);

            assertThat(response.statusCode()).isEqualTo(403);
            JsonObject refusals = json(asDemo("GET", "/api/audit-events?type=ACCESS_DENIED&actor=student.lutfimusiqi"
                    + "&target=/coordinator/users.xhtml", "coordinator", null));
            assertThat(refusals.getJsonNumber("total").longValue()).isPositive();
        }

        @Test
        void aCoordinatorListsUsersPagedAndFiltered() {
            JsonObject page = json(asDemo("GET", "/api/users?page=0&size=2&sort=-username&role=STUDENT&active=true&username=student",
                    "coordinator", null));

            assertThat(page.getJsonArray("items")).hasSize(2);
            assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
            assertThat(page.getJsonArray("items").getJsonObject(0).getJsonArray("roles").getString(0)).isEqualTo("STUDENT");
        }
    }

    @Nested
    class BadInput {

        @Test
        void aReadWithAContentTypeIsAnsweredAsAnyRead() {
            HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(URI.create(Platform.url("/api/me")))
                    .header("Accept", "application/json")
                    .header("Content-Type", "text/html")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("coordinator:" + Platform.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response).getString("username")).isEqualTo("coordinator");
        }

        @Test
        void invalidFieldsAnswer422WithOneErrorPerFieldAndSaveNothing() {
            String username = unique("bad");
            HttpResponse<String> response = asDemo("POST", "/api/users", "coordinator", """
                    {"username": %s, "email": "not-an-address", "fullName": "<img src=x onerror=alert(1)>",
                     "institutionId": %d, "roles": ["TEACHER"], "language": "SQ"}""".formatted(quoted(username), kptId()));

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("field"))
                    .containsExactlyInAnyOrder("email", "fullName");
            assertThat(usersNamed(username)).isZero();
        }

        @Test
        void aForgedInstitutionIdAnswers422AndSavesNothing() {
            String username = unique("forged");
            HttpResponse<String> response = asDemo("POST", "/api/users", "coordinator", draft(username, 999_999_999L));

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("institutionId");
            assertThat(usersNamed(username)).isZero();
        }

        @Test
        void malformedJsonAnswers400() {
            assertThat(asDemo("POST", "/api/users", "coordinator", "{not json").statusCode()).isEqualTo(400);
        }

        @Test
        void anUnknownIdAnswers404WithAProblem() {
            HttpResponse<String> response = asDemo("GET", "/api/users/987654321", "coordinator", null);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).getString("detail")).isNotBlank();
        }

        /** A day the database cannot hold filters like a day that cannot be read: nothing matches, never a 500. */
        @Test
        void datesOutsideTheYearsOneToNineThousandNineHundredNinetyNineFilterLikeUnreadableOnes() {
            List<String> coordinators = List.of("/api/audit-events?from=-999999999-01-01", "/api/audit-events?to=%2B999999999-12-31",
                    "/api/audit-events?from=0000-12-31", "/api/audit-events?to=not-a-day", "/api/mobilities?from=-999999999-01-01",
                    "/api/mobilities?to=%2B999999999-12-31", "/api/mobilities?startDate=0000-01-01/2030-01-01",
                    "/api/agreements?endsBefore=%2B10000-01-01");
            for (String path : coordinators) {
                HttpResponse<String> filtered = asDemo("GET", path, "coordinator", null);
                assertThat(filtered.statusCode()).as(path + ": " + filtered.body()).isEqualTo(200);
                assertThat(json(filtered).getJsonNumber("total").longValue()).as(path).isZero();
            }
            HttpResponse<String> opportunities = asDemo("GET", "/api/opportunities?from=-999999999-01-01", "teacher.kpt", null);
            assertThat(opportunities.statusCode()).as(opportunities.body()).isEqualTo(200);
            assertThat(json(opportunities).getJsonNumber("total").longValue()).isZero();
        }

        @Test
        void aNewLinkToChooseAPasswordIsForCoordinatorsToSendToSomeoneWhoHasNotSignedInYet() {
            JsonObject user = createTeacher(unique("relinked"));
            String username = user.getString("username");
            String path = "/api/users/" + user.getInt("id") + "/welcome";
            String seen = "{\"version\": " + user.getInt("version") + "}";

            assertThat(asDemo("POST", path, "school.kpt", seen).statusCode()).isEqualTo(403);
            HttpResponse<String> sent = asDemo("POST", path, "coordinator", seen);
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example", 1);
            assertThat(call("GET", "/api/me", username, password, null).statusCode()).isEqualTo(200);

            JsonObject signedIn = json(asDemo("GET", "/api/users/" + user.getInt("id"), "coordinator", null));
            HttpResponse<String> refused = asDemo("POST", path, "coordinator", "{\"version\": " + signedIn.getInt("version") + "}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getString("detail")).isNotBlank().doesNotContain("user.welcome");
        }

        @Test
        void aChangeBasedOnAnOldVersionAnswers409() {
            JsonObject user = createTeacher(unique("versioned"));
            String path = "/api/users/" + user.getInt("id");
            String change = draft(user.getString("username"), kptId())
                    .replace("API Test Teacher", "Renamed Teacher")
                    .replace("}", ", \"version\": " + user.getInt("version") + "}");
            assertThat(asDemo("PUT", path, "coordinator", change).statusCode()).isEqualTo(200);

            HttpResponse<String> stale = asDemo("PUT", path, "coordinator", change);

            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(json(stale).getString("title")).isEqualTo("Conflict");
        }
    }

    @Nested
    class OwnAccount {

        @Test
        void aPasswordChangeNeedsTheCurrentPasswordAndAStrongNewOne() {
            String username = createTeacher(unique("changer")).getString("username");
            String password = setPasswordThroughTheApi(username);

            HttpResponse<String> wrongCurrent = call("PUT", "/api/me/password", username, password,
                    "{\"currentPassword\": \"wrong-password-here\", \"newPassword\": \"a fresh passphrase 2026\"}");
            HttpResponse<String> weak = call("PUT", "/api/me/password", username, password,
                    "{\"currentPassword\": " + quoted(password) + ", \"newPassword\": \"short\"}");
            HttpResponse<String> changed = call("PUT", "/api/me/password", username, password,
                    "{\"currentPassword\": " + quoted(password) + ", \"newPassword\": \"a fresh passphrase 2026\"}");

            assertThat(wrongCurrent.statusCode()).isEqualTo(422);
            assertThat(weak.statusCode()).isEqualTo(422);
            assertThat(changed.statusCode()).isEqualTo(204);
            assertThat(call("GET", "/api/me", username, "a fresh passphrase 2026", null).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class WrongCurrentPasswords {

        /**
         * Whoever holds a stolen session does not know the password: guessing it on the password change counts as
         * guessing it at sign-in, and five wrong guesses lock the account, which then takes no change either.
         */
        @Test
        void fiveWrongCurrentPasswordsInASessionLockTheAccountAsFiveFailedSignInsDo() {
            JsonObject user = createTeacher(unique("guessed"));
            String username = user.getString("username");
            String password = setPasswordThroughTheApi(username);
            String session = Pages.sessionOf(username, password);

            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = changePassword(session, "wrong-guess-" + i, "a fresh passphrase 2026");
                assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
            }
            HttpResponse<String> right = changePassword(session, password, "a fresh passphrase 2026");

            assertThat(right.statusCode()).as(right.body()).isEqualTo(422);
            assertThat(call("GET", "/api/me", username, password, null).statusCode()).as("locked").isEqualTo(401);
            assertThat(json(asDemo("GET", "/api/users/" + user.getInt("id"), "coordinator", null)).getString("lockedUntil"))
                    .isNotBlank();
            JsonObject lockouts = json(asDemo("GET", "/api/audit-events?type=ACCOUNT_LOCKED&target=" + username, "coordinator", null));
            assertThat(lockouts.getJsonNumber("total").longValue()).isEqualTo(1);
        }

        private static HttpResponse<String> changePassword(String session, String current, String fresh) {
            return Platform.send(HttpRequest.newBuilder(URI.create(Platform.url("/api/me/password")))
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .header("Origin", Platform.BASE_URL)
                    .header("Cookie", session)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\": " + quoted(current)
                            + ", \"newPassword\": " + quoted(fresh) + "}", StandardCharsets.UTF_8))
                    .build());
        }
    }

    @Nested
    class HttpProtections {

        @Test
        void pagesCarrySecurityHeaders() {
            HttpResponse<String> page = call("GET", "/login.xhtml", null, null, null);

            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("default-src 'self'")
                    .doesNotContain("unsafe-eval"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
        }

        @Test
        void aStateChangeFromAnotherSiteIsRefused() {
            HttpResponse<String> response = Platform.send(HttpRequest.newBuilder(URI.create(Platform.url("/login.xhtml")))
                    .header("Origin", "https://attacker.example")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("login=login&login:username=coordinator"))
                    .build());

            assertThat(response.statusCode()).isEqualTo(403);
        }

        @Test
        void openApiAndHealthAreServed() {
            HttpResponse<String> openApi = call("GET", "/openapi", null, null, null);
            HttpResponse<String> health = call("GET", "/health", null, null, null);

            assertThat(openApi.statusCode()).isEqualTo(200);
            assertThat(openApi.body()).contains("/api/me").contains("/api/users")
                    .as("the pages' backing beans are no part of the API").doesNotContain("Backing");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP").contains("database");
        }
    }

    private static JsonObject createTeacher(String username) {
        Mailbox.open();
        HttpResponse<String> response = asDemo("POST", "/api/users", "coordinator", draft(username, kptId()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/api/users/"));
        return json(response);
    }

    /** Sets a known password the way an administrator would not: through the welcome mail's token, read by a test route. */
    private static String setPasswordThroughTheApi(String username) {
        return Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
    }

    private static String draft(String username, long institutionId) {
        return """
                {"username": %s, "email": %s, "fullName": "API Test Teacher",
                 "institutionId": %d, "roles": ["TEACHER"], "language": "EN"}"""
                .formatted(quoted(username), quoted(username + "@school.example"), institutionId);
    }

    private static long kptId() {
        JsonObject page = json(asDemo("GET", "/api/institutions?name=Kolegji%20Profesional", "coordinator", null));
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long usersNamed(String username) {
        return json(asDemo("GET", "/api/users?username=" + username, "coordinator", null)).getJsonNumber("total").longValue();
    }
}
