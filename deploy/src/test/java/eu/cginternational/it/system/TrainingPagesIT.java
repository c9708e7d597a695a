package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The provider's and the ministries' pages of trainings, rendered by the server and exported like
 * a browser would: the attendance sheet of the demo training that is over (marks, feedback, the
 * registrations export) and the figures, a ministry seeing its own country only.
 */
class TrainingPagesIT {

    private static final String PAST = "Career guidance basics for VET teachers";

    @Test
    void theAttendanceSheetOfAClosedTrainingShowsMarksFeedbackAndExportsItsRegistrations() {
        long past = json(asDemo("GET", "/api/trainings?size=100", "coordinator", null)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("title").equals(PAST)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        String page = "/trainings/attendance.xhtml?id=" + past;
        HttpClient browser = Pages.browserOf("coordinator");

        String html = Pages.open(browser, page).body();
        HttpResponse<String> csv = Pages.press(browser, page, html, "registrations", "export");

        assertThat(html).contains("Elira Dervishi", "Agron Gashi", "Very practical").doesNotContain("PropertyNotFound");
        assertThat(html).contains("cg-mark-present", "cg-mark-absent");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("Elira Dervishi").containsPattern("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        // A school that is not the provider does not get the sheet.
        HttpResponse<String> refused = get("school.kpt", page);
        assertThat(refused.statusCode()).isNotEqualTo(200);
        assertThat(refused.body()).doesNotContain("Agron Gashi");
    }

    /** After the training, the page offers the feedback form to a participant marked present, not to one who never came. */
    @Test
    void theFeedbackFormIsOfferedOnlyToWhoAttended() {
        String title = Platform.unique("Feedback form");
        long training = TrainingAttendanceApiIT.upcomingTraining(title);
        long attended = json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.kpt", "{}"))
                .getJsonNumber("id").longValue();
        assertThat(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.pljevlja", "{}").statusCode())
                .isEqualTo(201);
        TrainingAttendanceApiIT.tookPlace(training, title, 5);
        long session = json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null))
                .getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(asDemo("PUT", "/api/trainings/" + training + "/attendance/" + session + "/" + attended, "coordinator",
                "{\"present\": true}").statusCode()).isEqualTo(200);
        String page = "/trainings/training.xhtml?id=" + training;

        String present = get("teacher.kpt", page).body();
        String absent = get("teacher.pljevlja", page).body();

        assertThat(present).contains("<form id=\"feedback\"", "feedback-submit");
        assertThat(absent).contains(title).doesNotContain("<form id=\"feedback\"", "feedback-submit");
    }

    /**
     * A ministry's figures cover its own country; each country is named in the reader's language, as other pages do,
     * ordered by that name, in the exports too: never by its code.
     */
    @Test
    void theFiguresOfAMinistryCoverItsOwnCountryNamedInItsLanguageAndExportAsASpreadsheet() {
        String html = get("ministry.me", "/trainings/dashboard.xhtml").body();
        HttpClient browser = Pages.browserOf("coordinator");
        String coordinatorHtml = Pages.open(browser, "/trainings/dashboard.xhtml").body();
        HttpResponse<String> xlsx = Pages.press(browser, "/trainings/dashboard.xhtml", coordinatorHtml, "dashboard", "export-xlsx");
        HttpResponse<String> csv = Pages.press(browser, "/trainings/dashboard.xhtml", coordinatorHtml, "dashboard", "export");

        assertThat(html).contains("SVS-Pljevlja").doesNotContain("Kolegji Profesional i Tiranës");
        assertThat(html).contains(">Crna Gora</td>").doesNotContain(">ME</td>");
        // The page speaks of trainings, in the ministry's language (it once showed the mobility dashboard's heading).
        assertThat(html).contains(text("_sr_Latn_ME", "training.dashboard.title"), text("_sr_Latn_ME", "training.dashboard.intro"))
                .doesNotContain(text("_sr_Latn_ME", "dashboard.title"));
        assertThat(coordinatorHtml).contains("Kolegji Profesional i Tiranës", "SVS-Pljevlja");
        assertThat(coordinatorHtml).contains(">Albania</td>", ">Montenegro</td>").doesNotContain(">AL</td>", ">ME</td>");
        // Kosovo between Albania and Montenegro: by name, where the codes (AL, ME, XK) would put it last.
        assertThat(coordinatorHtml.indexOf(">Kosovo</td>")).isBetween(coordinatorHtml.indexOf(">Albania</td>"),
                coordinatorHtml.indexOf(">Montenegro</td>"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"Albania\"", "\"Montenegro\"").doesNotContain("\"AL\"", "\"ME\"");
    }

    /** A page as the user reads it, signed in with HTTP Basic. */
    private static HttpResponse<String> get(String username, String page) {
        return Platform.send(HttpRequest.newBuilder(URI.create(Platform.url(page)))
                .header("Authorization", Platform.basicAuthorization(username, Platform.DEMO_PASSWORD)).build());
    }
}
