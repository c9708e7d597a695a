package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What people send that the platform cannot take is told to them in their language and changes nothing; what they
 * may send is taken: text areas with their line breaks, dates within the years a record can be about, lists without
 * empty entries, paging and addresses the API knows; and a page a role may not use answers 403, not an error.
 */
class RequestRefusalsIT {

    private static String fieldMessage(HttpResponse<String> response, String field) {
        return json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(error -> error.getString("field").endsWith(field)).findFirst().orElseThrow()
                .getString("message");
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
        long before = json(asDemo("GET", "/api/mobilities?size=1", "teacher.kpt", null)).getJsonNumber("total").longValue();
        long host = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long participant = json(asDemo("GET", "/api/students?username=student.kpt", "teacher.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String farAway = """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "+10000-09-01", "endDate": "+10000-09-14",
                 "participantId": %d}""".formatted(host, participant);

        HttpResponse<String> refused = asDemo("POST", "/api/mobilities", "teacher.kpt", farAway);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(fieldMessage(refused, "startDate")).isEqualTo(Platform.validationText("_sq", "date.implausible")
                .replace("{from}", "2000").replace("{to}", "2099"));
        assertThat(json(asDemo("GET", "/api/mobilities?size=1", "teacher.kpt", null)).getJsonNumber("total").longValue())
                .isEqualTo(before);
        HttpResponse<String> filtered = asDemo("GET", "/api/publications?size=1&sort=-publishedOn", null, null);
        assertThat(filtered.statusCode()).isEqualTo(200);
    }

    @Test
    void anEmptyEntryOfAListIsToldNotFailed() {
        String body = TrainingAttendanceApiIT.trainingBody(Platform.unique("Empty session"), -30, "Mundus")
                .replaceFirst("\"sessions\": \\[", "\"sessions\": [null, ");

        HttpResponse<String> refused = asDemo("POST", "/api/trainings", "coordinator", body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains(Platform.validationText("", "list.entry.missing"));
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
}
