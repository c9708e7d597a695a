package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.cginternational.domain.mobility.MobilityAction;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What people send that the platform cannot take is told to them in their language (without an account, the one their
 * client asks for) and changes nothing, a value of another JSON type than its field's included; what they may send is
 * taken: text areas with their line breaks, dates within the years a record can be about, lists without empty entries,
 * paging and addresses the API knows; and a page a role may not use answers 403, a page or record that is not there
 * 404, not an error, also to a client that signs in with HTTP Basic.
 */
class RequestRefusalsIT {

    /** The first day of the applications these tests make, in time whatever day they run. */
    private static final LocalDate START = Platform.mondayInMonths(10);

    private static String fieldMessage(HttpResponse<String> response, String field) {
        return json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(error -> error.getString("field").endsWith(field)).findFirst().orElseThrow()
                .getString("message");
    }

    /** The mobilities KPT's teachers see: the school's. */
    private static long mobilitiesOfKpt() {
        return json(asDemo("GET", "/api/mobilities?size=1", "teacher.kpt", null)).getJsonNumber("total").longValue();
    }

    private static long costaAzul() {
        return json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long studentKpt() {
        return json(asDemo("GET", "/api/students?username=student.kpt", "teacher.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void textAreasKeepTheirLineBreaksAndStillRefuseMarkup() {
        long student = CounsellingApiIT.studentId("teacher.kpt", "student.kpt");
        String path = "/api/students/" + student + "/guidance/sessions";
        String notes = Platform.unique("Talked about Spain.") + "\r\nNext:\r\n\t- a language course";

        HttpResponse<String> kept = asDemo("POST", path, "teacher.kpt", CounsellingApiIT.session("Line breaks", notes, false));
        HttpResponse<String> markup = asDemo("POST", path, "teacher.kpt",
                CounsellingApiIT.session("Markup", "First line\n<script>alert(1)</script>", false));

        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        assertThat(asDemo("GET", "/api/students/" + student + "/guidance", "teacher.kpt", null).body())
                .contains(notes.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"));
        assertThat(markup.statusCode()).isEqualTo(422);
        assertThat(fieldMessage(markup, "notes")).isEqualTo(Platform.validationText("_sq", "text.plain.markup"));
    }

    @Test
    void aDateOutsideTheYearsOfTheRecordsIsToldAndNothingIsMade() {
        long before = mobilitiesOfKpt();
        long host = costaAzul();
        long participant = studentKpt();
        String farAway = """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "+10000-09-01", "endDate": "+10000-09-14",
                 "participantId": %d}""".formatted(host, participant);

        HttpResponse<String> refused = asDemo("POST", "/api/mobilities", "teacher.kpt", farAway);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(fieldMessage(refused, "startDate")).isEqualTo(Platform.validationText("_sq", "date.implausible")
                .replace("{from}", "2000").replace("{to}", "2099"));
        assertThat(mobilitiesOfKpt()).isEqualTo(before);
        HttpResponse<String> filtered = asDemo("GET", "/api/publications?size=1&sort=-publishedOn", null, null);
        assertThat(filtered.statusCode()).isEqualTo(200);
    }

    /** The entry is named by its place in the list, as an entry of another JSON type is: {@code sessions[0]}. */
    @Test
    void anEmptyEntryOfAListIsToldNotFailed() {
        String body = TrainingAttendanceApiIT.trainingBody(Platform.unique("Empty session"), -30, "Mundus")
                .replaceFirst("\"sessions\": \\[", "\"sessions\": [null, ");

        HttpResponse<String> refused = asDemo("POST", "/api/trainings", "coordinator", body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"), error -> error.getString("message"))
                .containsExactly(tuple("sessions[0]", Platform.validationText("", "list.entry.missing")));
    }

    @Test
    void pagingAndAddressesTheApiDoesNotKnowAreToldInTheCallersLanguage() {
        HttpResponse<String> size = asDemo("GET", "/api/mobilities?size=0", "teacher.kpt", null);
        HttpResponse<String> notANumber = asDemo("GET", "/api/mobilities?page=abc", "teacher.pljevlja", null);
        HttpResponse<String> unknown = asDemo("GET", "/api/mobilities/abc", "teacher.pljevlja", null);
        HttpResponse<String> noBody = asDemo("POST", "/api/mobilities", "teacher.kpt", "null");

        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(json(size).getString("detail"))
                .isEqualTo(Platform.text("_sq", "api.request.page_out_of_range").replace("{0}", "200"));
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(json(notANumber).getString("detail"))
                .isEqualTo(Platform.text("_sr_Latn_ME", "api.request.not_a_number").replace("{0}", "abc"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("detail")).isEqualTo(Platform.text("_sr_Latn_ME", "api.status.404"));
        assertThat(noBody.statusCode()).isEqualTo(400);
        assertThat(json(noBody).getString("detail")).isEqualTo(Platform.text("_sq", "api.request.body_required"));
    }

    /**
     * A query parameter that is not the number it must be is bad input, told and named as an unreadable property of a
     * body is (400), where Jakarta REST answers 404 as if the address did not exist; an id in the path that is not a
     * number still names no record (404).
     */
    @Test
    void aQueryParameterThatIsNotTheNumberItMustBeIsNamedAsBadInputNotAnUnknownAddress() {
        assertRefusedQueryParameter(asDemo("POST", "/api/trainings/1/module/lessons?version=abc", "teacher.pljevlja", "{}"),
                "version", "abc");
        assertRefusedQueryParameter(asDemo("GET", "/api/assessments?studentId=abc", "teacher.pljevlja", null), "studentId", "abc");
        assertRefusedQueryParameter(asDemo("DELETE", "/api/account-requests?id=1&id=x", "school.pljevlja", null), "id", "1, x");
        assertThat(asDemo("GET", "/api/mobilities/abc", "teacher.pljevlja", null).statusCode()).isEqualTo(404);
    }

    /** A 400 problem naming the query parameter and the value given, in Montenegrin (the language of the Pljevlja accounts). */
    private static void assertRefusedQueryParameter(HttpResponse<String> response, String name, String value) {
        String detail = Platform.text("_sr_Latn_ME", "api.request.query_parameter").replace("{0}", name).replace("{1}", value);
        assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).getString("detail")).isEqualTo(detail);
        assertThat(fieldMessage(response, name)).isEqualTo(detail);
    }

    @Test
    void aValueOfAnotherJsonTypeIsRefusedAsUnreadableRatherThanBentIntoOne() {
        long before = mobilitiesOfKpt();
        long host = costaAzul();
        long participant = studentKpt();
        String mobility = """
                {"type": "LEARNER_SHORT_TERM", "hostId": %s, "startDate": "FIRST", "endDate": "LAST",
                 "participantId": %s, "greenTravel": %s}""".replace("FIRST", START.toString()).replace("LAST", START.plusDays(13).toString());
        // Each was taken as a valid application: 2^64 more than the participant's id wrapped around to it, 14.9 was
        // read as 14, "yes" as no and a number in quotes as the number. Each is refused naming the property.
        Map<String, String> bent = new LinkedHashMap<>();
        bent.put(mobility.formatted(host, BigInteger.TWO.pow(64).add(BigInteger.valueOf(participant)), "true"),
                "participantId whole_number");
        bent.put(mobility.formatted(host + ".9", participant, "true"), "hostId whole_number");
        bent.put(mobility.formatted(host, participant, "\"yes\""), "greenTravel yes_no");
        bent.put(mobility.formatted(quoted(String.valueOf(host)), participant, "true"), "hostId whole_number");

        bent.forEach((body, named) -> {
            String property = named.split(" ")[0];
            HttpResponse<String> refused = asDemo("POST", "/api/mobilities", "teacher.kpt", body);
            assertThat(refused.statusCode()).as(body + " -> " + refused.body()).isEqualTo(400);
            assertThat(json(refused).getString("detail"))
                    .isEqualTo(Platform.text("_sq", "api.bad_json." + named.split(" ")[1]).replace("{0}", property));
            assertThat(fieldMessage(refused, property)).isEqualTo(json(refused).getString("detail"));
        });
        assertThat(mobilitiesOfKpt()).isEqualTo(before);
    }

    @Test
    void aValueOfAnotherKindOrAnUnknownPropertyIsNamedInTheCallersLanguageAndChangesNothing() {
        long host = costaAzul();
        String draft = """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s",
                 "participantId": %d, "iscoCode": null}""".formatted(host, START, START.plusDays(17), studentKpt());
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "teacher.kpt", draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String path = "/api/mobilities/" + json(created).getJsonNumber("id");
        JsonObject before = json(asDemo("GET", path, "teacher.kpt", null));
        long version = before.getJsonNumber("version").longValue();

        HttpResponse<String> quotedVersion = asDemo("PUT", path, "teacher.kpt",
                draft.replace("\"iscoCode\": null", "\"version\": \"" + version + "\""));
        HttpResponse<String> misspelt = asDemo("PUT", path, "teacher.kpt",
                draft.replace("\"iscoCode\": null", "\"iscoCod\": \"5120\", \"version\": " + version));
        HttpResponse<String> comment = asDemo("POST", path + "/transitions", "teacher.pljevlja",
                "{\"action\": \"SUBMIT\", \"coment\": \"Ready\", \"version\": " + version + "}");
        HttpResponse<String> wrongType = asDemo("POST", path + "/transitions", "teacher.kpt",
                "{\"action\": \"SEND\", \"version\": " + version + "}");
        HttpResponse<String> malformed = asDemo("POST", path + "/transitions", "teacher.kpt",
                "{\"action\": \"SUBMIT\", \"version\": }");

        assertThat(quotedVersion.statusCode()).as(quotedVersion.body()).isEqualTo(400);
        assertThat(json(quotedVersion).getString("detail"))
                .isEqualTo(Platform.text("_sq", "api.bad_json.whole_number").replace("{0}", "version"));
        assertThat(fieldMessage(quotedVersion, "version")).isEqualTo(json(quotedVersion).getString("detail"));
        assertThat(misspelt.statusCode()).as(misspelt.body()).isEqualTo(400);
        assertThat(json(misspelt).getString("detail"))
                .isEqualTo(Platform.text("_sq", "api.bad_json.unknown_property").replace("{0}", "iscoCod"));
        assertThat(json(misspelt).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("iscoCod");
        // In the caller's language: Montenegrin for a teacher of Pljevlja, refused before the service looks at the mobility.
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(400);
        assertThat(json(comment).getString("detail"))
                .isEqualTo(Platform.text("_sr_Latn_ME", "api.bad_json.unknown_property").replace("{0}", "coment"));
        assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(400);
        assertThat(json(wrongType).getString("detail")).isEqualTo(Platform.text("_sq", "api.bad_json.one_of")
                .replace("{0}", "action").replace("{1}", Arrays.stream(MobilityAction.values()).map(Enum::name)
                        .collect(Collectors.joining(", "))));
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(json(malformed).getString("detail")).isEqualTo(Platform.text("_sq", "api.bad_json"));
        assertThat(json(malformed).containsKey("errors")).isFalse();
        JsonObject after = json(asDemo("GET", path, "teacher.kpt", null));
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(after.getString("status")).isEqualTo(before.getString("status"));
        assertThat(after.get("iscoCode")).isEqualTo(before.get("iscoCode"));
    }

    @Test
    void anAttendanceMarkIsTrueOrFalseNotAWord() {
        String title = Platform.unique("Strict mark");
        long training = TrainingAttendanceApiIT.upcomingTraining(title);
        long registration = json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.pljevlja", "{}"))
                .getJsonNumber("id").longValue();
        TrainingAttendanceApiIT.tookPlace(training, title, 3);
        String sheet = "/api/trainings/" + training + "/attendance";
        JsonObject session = json(asDemo("GET", sheet, "coordinator", null)).getJsonArray("sessions").getJsonObject(0);

        HttpResponse<String> refused = asDemo("PUT", sheet + "/" + session.getJsonNumber("id") + "/" + registration,
                "coordinator", "{\"present\": \"yes\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).getString("detail"))
                .isEqualTo(Platform.text("", "api.bad_json.yes_no").replace("{0}", "present"));
        JsonObject seat = json(asDemo("GET", sheet, "coordinator", null)).getJsonArray("seats").getJsonObject(0);
        assertThat(seat.getJsonObject("marks")).isEmpty();
    }

    @Test
    void aCallerNotSignedInIsToldInTheLanguageTheirClientAsksFor() {
        String nameless = "{\"username\": \"nameless\", \"email\": \"not an address\", \"role\": \"STUDENT\"}";
        Map<String, String> suffixes = new LinkedHashMap<>();
        suffixes.put("sq", "_sq");
        suffixes.put("sr-Latn-ME", "_sr_Latn_ME");
        suffixes.put("de, sq;q=0.8", "_sq");
        suffixes.put("de", "");
        suffixes.put(null, "");

        suffixes.forEach((acceptLanguage, suffix) -> {
            HttpResponse<String> refused = anonymous("POST", "/api/account-requests", acceptLanguage, nameless);
            HttpResponse<String> unknown = anonymous("GET", "/api/publications/abc", acceptLanguage, null);

            assertThat(refused.statusCode()).as(acceptLanguage + ": " + refused.body()).isEqualTo(422);
            assertThat(json(refused).getString("detail")).as(acceptLanguage).isEqualTo(Platform.text(suffix, "error.invalid_input"));
            assertThat(fieldMessage(refused, "email")).as(acceptLanguage)
                    .isEqualTo(Platform.validationText(suffix, "user.email.invalid"));
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(json(unknown).getString("detail")).as(acceptLanguage).isEqualTo(Platform.text(suffix, "api.status.404"));
        });
    }

    /** An API call without signing in, in the language a client asks for (none when null). */
    private static HttpResponse<String> anonymous(String method, String path, String acceptLanguage, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return Platform.send(request.build());
    }

    @Test
    void aPageOpenedWithHttpBasicAnswersItsErrorPage() {
        String teacher = Platform.basicAuthorization("teacher.kpt", Platform.DEMO_PASSWORD);
        long training = TrainingAttendanceApiIT.trainingThatTookPlace(Platform.unique("Basic pages"), 3);
        // A teacher may open the attendance page, but its service keeps a training's sheet for the provider (Mundus).
        Map<String, Integer> pages = Map.of("/no-such-page.xhtml", 404, "/trainings/training.xhtml?id=999999999", 404,
                "/trainings/attendance.xhtml?id=" + training, 403);

        pages.forEach((page, status) -> {
            HttpResponse<String> answer = Platform.send(HttpRequest.newBuilder(URI.create(Platform.url(page)))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", teacher).header("Accept-Language", "en").GET().build());

            assertThat(answer.statusCode()).as(page).isEqualTo(status);
            assertThat(answer.body()).as(page).contains(Platform.text("", "error.page." + status + ".title"));
        });
    }

    @Test
    void aPageWhoseServicesARoleMayNotCallAnswers403() {
        String teacher = Pages.sessionOf("teacher.kpt", Platform.DEMO_PASSWORD);

        for (String page : new String[] {"/opportunities/publish.xhtml", "/agreements/clauses.xhtml"}) {
            HttpResponse<String> refused = Pages.get(page, teacher);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.body()).as(page).containsAnyOf(Platform.text("", "error.page.403.title"),
                    Platform.text("_sq", "error.page.403.title"));
        }
    }

    /**
     * A page refused or not there is an answer, not a failure of the server: its error page tells the person, the
     * refusal is in the audit log, and the server log keeps no error for it (it kept a SEVERE entry with a stack trace
     * of about a hundred lines for each).
     */
    @Test
    void aRefusedOrMissingPageLeavesNoErrorInTheServerLog() throws InterruptedException {
        String teacher = Pages.sessionOf("teacher.kpt", Platform.DEMO_PASSWORD);
        String ministry = Pages.sessionOf("ministry.al", Platform.DEMO_PASSWORD);
        String student = Pages.sessionOf("student.kpt", Platform.DEMO_PASSWORD);
        long mark = ServerLog.end();

        // A record not there, a page the service refuses (a ministry drafts no agreement), a service the role may not
        // call (the agreements' service takes no student).
        assertThat(Pages.get("/mobilities/mobility.xhtml?id=987654321", teacher).statusCode()).isEqualTo(404);
        assertThat(Pages.get("/agreements/edit.xhtml", ministry).statusCode()).isEqualTo(403);
        assertThat(Pages.get("/agreements/edit.xhtml", student).statusCode()).isEqualTo(403);

        // The EJB container's own warning of the last refusal (its logger also reports real failures, so it stays)
        // shows that the log has caught up with all three.
        String written = ServerLog.since(mark, "AS-EJB-00056");
        // The messages of OmniFaces' exception filter and of the container for an exception a page threw.
        assertThat(written).doesNotContain("FacesExceptionFilter: An exception occurred")
                .doesNotContain("Servlet.service() for servlet Faces Servlet threw exception")
                .doesNotContain("[SEVERE]").doesNotContain("mobility.not_found").doesNotContain("error.access_denied");
    }
}
