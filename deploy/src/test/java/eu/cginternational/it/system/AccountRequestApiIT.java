package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Asking for an account over the API: anyone files a request without signing in; only the administrators of the
 * school it names see and decide it; a confirmed request is an account whose owner chooses a password by e-mail.
 */
class AccountRequestApiIT {

    private static final String REQUESTS = "/api/account-requests";
    private static final String KPT = "Kolegji Profesional i Tiran";
    private static final String PLJEVLJA = "SVS-Pljevlja";

    @Test
    void aVisitorAsksAndOnlyTheirSchoolConfirmsThenTheySignIn() {
        Mailbox.open();
        String username = Platform.unique("api.asking");
        String email = username + "@student.example";

        HttpResponse<String> filed = asked(request(username, email, "Besa Krasniqi", KPT), username);
        String again = Platform.unique("api.again");
        HttpResponse<String> sameAddress = asked(request(again, email, "Besa Krasniqi", KPT), again);

        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(202);
        assertThat(sameAddress.statusCode()).as("the same answer for an address already known").isEqualTo(202);
        JsonObject atKpt = json(asDemo("GET", REQUESTS + "?email=" + email, "school.kpt", null));
        assertThat(atKpt.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject waiting = atKpt.getJsonArray("items").getJsonObject(0);
        assertThat(waiting.getString("username")).isEqualTo(username);
        assertThat(waiting.getString("role")).isEqualTo("STUDENT");
        long id = waiting.getJsonNumber("id").longValue();
        assertThat(json(asDemo("GET", REQUESTS + "?email=" + email, "school.pljevlja", null))
                .getJsonNumber("total").longValue()).isZero();
        assertThat(call("GET", REQUESTS, null, null, null).statusCode()).isEqualTo(401);
        assertThat(asDemo("GET", REQUESTS, "teacher.kpt", null).statusCode()).isEqualTo(403);
        assertThat(asDemo("GET", REQUESTS + "/" + id, "school.pljevlja", null).statusCode()).isEqualTo(404);
        assertThat(asDemo("POST", REQUESTS + "/" + id + "/confirmation", "school.pljevlja", null).statusCode()).isEqualTo(404);

        HttpResponse<String> confirmed = asDemo("POST", REQUESTS + "/" + id + "/confirmation", "school.kpt", null);

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(json(confirmed).getString("username")).isEqualTo(username);
        assertThat(asDemo("POST", REQUESTS + "/" + id + "/confirmation", "school.kpt", null).statusCode()).isEqualTo(404);
        String password = Mailbox.setPasswordFromWelcomeMail(email);
        HttpResponse<String> me = call("GET", "/api/me", username, password, null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).getJsonArray("roles").getString(0)).isEqualTo("STUDENT");
        assertThat(json(me).getJsonObject("institution").getString("name")).startsWith(KPT);
    }

    @Test
    void badInputAndADeclineWithoutReasonAre422AndADeclinedRequestIsGone() {
        String username = Platform.unique("api.declined");
        String email = username + "@student.example";
        HttpResponse<String> scripted = call("POST", REQUESTS, null, null,
                request(Platform.unique("api.script"), "x" + email, "<script>alert(1)</script>", KPT));
        asked(request(username, email, "Drita Gashi", KPT), username);
        long id = json(asDemo("GET", REQUESTS + "?username=" + username, "school.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> withoutReason = asDemo("POST", REQUESTS + "/" + id + "/decline", "school.kpt", "{\"reason\": \"\"}");
        HttpResponse<String> declined = asDemo("POST", REQUESTS + "/" + id + "/decline", "school.kpt",
                "{\"reason\": \"Not a student of our school.\"}");

        assertThat(scripted.statusCode()).as(scripted.body()).isEqualTo(422);
        assertThat(withoutReason.statusCode()).as(withoutReason.body()).isEqualTo(422);
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(204);
        assertThat(asDemo("GET", REQUESTS + "/" + id, "school.kpt", null).statusCode()).isEqualTo(404);
    }

    @Test
    void requestsAreDiscardedTogetherAllOrNone() {
        long first = filed(Platform.unique("api.flood"), KPT, "school.kpt");
        long second = filed(Platform.unique("api.flood"), KPT, "school.kpt");
        long theirs = filed(Platform.unique("api.flood"), PLJEVLJA, "school.pljevlja");

        HttpResponse<String> withAnotherSchools = asDemo("DELETE", REQUESTS + "?id=" + first + "&id=" + second + "&id=" + theirs,
                "school.kpt", null);
        HttpResponse<String> none = asDemo("DELETE", REQUESTS, "school.kpt", null);
        HttpResponse<String> discarded = asDemo("DELETE", REQUESTS + "?id=" + first + "&id=" + second, "school.kpt", null);

        assertThat(withAnotherSchools.statusCode()).as(withAnotherSchools.body()).isEqualTo(404);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(422);
        assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(204);
        assertThat(asDemo("GET", REQUESTS + "/" + first, "school.kpt", null).statusCode()).isEqualTo(404);
        assertThat(asDemo("GET", REQUESTS + "/" + second, "school.kpt", null).statusCode()).isEqualTo(404);
        assertThat(asDemo("GET", REQUESTS + "/" + theirs, "school.pljevlja", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anEmptyIdIsABadRequestThatDiscardsNothing() {
        long first = filed(Platform.unique("api.flood"), KPT, "school.kpt");

        HttpResponse<String> empty = asDemo("DELETE", REQUESTS + "?id=", "school.kpt", null);
        HttpResponse<String> oneEmpty = asDemo("DELETE", REQUESTS + "?id=" + first + "&id=", "school.kpt", null);

        for (HttpResponse<String> refused : List.of(empty, oneEmpty)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(json(refused).getString("detail")).isIn(Platform.text("", "account_request.id_empty"),
                    Platform.text("_sq", "account_request.id_empty"), Platform.text("_sr_Latn_ME", "account_request.id_empty"));
        }
        assertThat(asDemo("GET", REQUESTS + "/" + first, "school.kpt", null).statusCode()).isEqualTo(200);
    }

    /**
     * The audit's probe: a registered address with a username, then a fresh address with the same username. Were a
     * username held by a request refused, the second answer would tell whether the first address is registered.
     */
    @Test
    void theFormAnswersAlikeWhetherOrNotAnAddressIsRegistered() {
        String registered = json(asDemo("GET", "/api/users?username=student.kpt", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getString("email");
        String unregistered = Platform.unique("api.nobody") + "@student.example";

        for (String probed : List.of(registered, unregistered)) {
            String username = Platform.unique("api.probe");
            HttpResponse<String> first = call("POST", REQUESTS, null, null, request(username, probed, "Probe One", KPT));
            HttpResponse<String> second = call("POST", REQUESTS, null, null,
                    request(username, Platform.unique("api.fresh") + "@student.example", "Probe Two", KPT));

            assertThat(first.statusCode()).as(probed + ": " + first.body()).isEqualTo(202);
            assertThat(second.statusCode()).as(probed + ": " + second.body()).isEqualTo(202);
        }
    }

    /** The id of a request filed at the school, as its administrator lists it. */
    private static long filed(String username, String schoolName, String administrator) {
        asked(request(username, username + "@student.example", "Nobody Real", schoolName), username);
        return json(asDemo("GET", REQUESTS + "?username=" + username, administrator, null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void onlyTheSchoolDiscardsARequestAndItIsGone() {
        String username = Platform.unique("api.discarded");
        asked(request(username, username + "@student.example", "Nobody Real", KPT), username);
        long id = json(asDemo("GET", REQUESTS + "?username=" + username, "school.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> elsewhere = asDemo("DELETE", REQUESTS + "/" + id, "school.pljevlja", null);
        HttpResponse<String> byATeacher = asDemo("DELETE", REQUESTS + "/" + id, "teacher.kpt", null);
        HttpResponse<String> discarded = asDemo("DELETE", REQUESTS + "/" + id, "school.kpt", null);

        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(404);
        assertThat(byATeacher.statusCode()).as(byATeacher.body()).isEqualTo(403);
        assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(204);
        assertThat(asDemo("GET", REQUESTS + "/" + id, "school.kpt", null).statusCode()).isEqualTo(404);
        assertThat(asDemo("DELETE", REQUESTS + "/" + id, "school.kpt", null).statusCode()).isEqualTo(404);
    }

    /**
     * Sends the form without signing in, and once it is accepted waits for what is done after its answer: whether the
     * address is known, the filing, telling the school. That ends with the request's entry in the audit log.
     */
    static HttpResponse<String> asked(String body, String username) {
        long recorded = recorded(username);
        HttpResponse<String> answer = call("POST", REQUESTS, null, null, body);
        if (answer.statusCode() == 202) {
            settled(username, recorded);
        }
        return answer;
    }

    /** Waits until the audit log has more than {@code recordedBefore} entries of requests with the username. */
    static void settled(String username, long recordedBefore) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        while (recorded(username) <= recordedBefore) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The request of " + username + " was not settled within 45 seconds");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static long recorded(String username) {
        return json(asDemo("GET", "/api/audit-events?type=ACCOUNT_REQUESTED&target=" + username, "coordinator", null))
                .getJsonNumber("total").longValue();
    }

    /** A student's request at the school whose name contains the text, in Albanian. */
    static String request(String username, String email, String fullName, String schoolName) {
        long school = json(asDemo("GET", "/api/institutions?name=" + schoolName.replace(" ", "%20"), "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        return """
                {"username": %s, "email": %s, "fullName": %s, "role": "STUDENT", "schoolId": %d, "language": "SQ"}"""
                .formatted(quoted(username), quoted(email), quoted(fullName), school);
    }
}
