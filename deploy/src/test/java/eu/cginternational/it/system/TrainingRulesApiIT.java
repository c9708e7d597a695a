package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.TrainingAttendanceApiIT.trainingBody;
import static eu.cginternational.it.system.TrainingAttendanceApiIT.trainingThatTookPlace;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep a training's record honest, through the REST API: the attendance, which decides the certificate,
 * is marked by someone other than the person; a closed training no longer changes; sessions are set in a time zone that
 * calendars know; a self-paced module has no calendar and is rated once completed; the figures keep their rates within
 * the seats they count.
 */
class TrainingRulesApiIT {

    private static String withVersion(String body, long version) {
        return body.substring(0, body.lastIndexOf('}')) + ", \"version\": " + version + "}";
    }

    private static long register(long training, String username) {
        HttpResponse<String> registered = asDemo("POST", "/api/trainings/" + training + "/registrations", username, "{}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return json(registered).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> mark(long training, long session, long registration, String username) {
        return asDemo("PUT", "/api/trainings/" + training + "/attendance/" + session + "/" + registration, username,
                "{\"present\": true}");
    }

    private static long firstSession(long training) {
        return json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null))
                .getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aTeacherOfTheProviderDoesNotMarkHerOwnSeat() {
        long training = trainingThatTookPlace(Platform.unique("Own attendance"), 3, "Profesional");
        long own = register(training, "teacher.kpt");
        long session = firstSession(training);

        HttpResponse<String> byHerself = mark(training, session, own, "teacher.kpt");
        HttpResponse<String> bySchool = mark(training, session, own, "school.kpt");

        assertThat(byHerself.statusCode()).as(byHerself.body()).isEqualTo(422);
        assertThat(json(byHerself).getString("detail")).isEqualTo(Platform.text("_sq", "training.rule.OWN_ATTENDANCE"));
        assertThat(bySchool.statusCode()).as(bySchool.body()).isEqualTo(200);
        JsonObject seat = json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null))
                .getJsonArray("seats").getJsonObject(0);
        assertThat(seat.getInt("attended")).isEqualTo(1);
    }

    @Test
    void aClosedTrainingIsNotRevisedSoItsCertificatesKeepTheirTitle() {
        String title = Platform.unique("Closed training");
        long training = trainingThatTookPlace(title, 4);
        long seat = register(training, "teacher.pljevlja");
        JsonObject sheet = json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null));
        sheet.getJsonArray("sessions").getValuesAs(JsonObject.class)
                .forEach(session -> assertThat(mark(training, session.getJsonNumber("id").longValue(), seat, "coordinator")
                        .statusCode()).isEqualTo(200));
        String code = Platform.jsonArray(asDemo("POST", "/api/trainings/" + training + "/closing", "coordinator", null))
                .getJsonObject(0).getString("certificateCode");
        long version = json(asDemo("GET", "/api/trainings/" + training, "coordinator", null)).getJsonNumber("version").longValue();

        HttpResponse<String> renamed = asDemo("PUT", "/api/trainings/" + training, "coordinator",
                withVersion(trainingBody(title + " renamed", 4, "Mundus"), version));

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(422);
        assertThat(json(renamed).getString("detail"))
                .matches("The training was closed on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC; .*");
        assertThat(json(asDemo("GET", "/api/certificates/" + code, null, null)).getString("training")).isEqualTo(title);
    }

    @Test
    void aSessionIsSetInATimeZoneOfTheDatabaseNotAtAFixedOffset() {
        String title = Platform.unique("Fixed offset");
        String body = trainingBody(title, -30, "Mundus").replace("\"Europe/Podgorica\"", "\"+02:00\"");

        HttpResponse<String> created = asDemo("POST", "/api/trainings", "coordinator", body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(422);
        assertThat(json(asDemo("GET", "/api/trainings?topic=" + URLEncoder.encode(title, StandardCharsets.UTF_8), "coordinator", null)).getInt("total"))
                .isZero();
    }

    @Test
    void aSelfPacedModuleHasNoCalendarAndIsRatedOnceCompleted() {
        long module = ModuleApiIT.createSelfPacedTraining(Platform.unique("Rated module"));
        HttpResponse<String> lesson = asDemo("POST", "/api/trainings/" + module + "/module/lessons", "coordinator",
                "{\"titleEn\": \"The one lesson\", \"bodyEn\": \"<p>Read this.</p>\"}");
        assertThat(lesson.statusCode()).as(lesson.body()).isEqualTo(201);
        long seat = register(module, "teacher.pljevlja");
        String feedback = "/api/registrations/" + seat + "/feedback";

        HttpResponse<String> tooEarly = asDemo("POST", feedback, "teacher.pljevlja", "{\"rating\": 5}");
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(422);
        assertThat(json(tooEarly).getString("detail"))
                .isEqualTo(Platform.text("_sr_Latn_ME", "training.rule.MODULE_NOT_COMPLETED"));
        long lessonId = json(lesson).getJsonNumber("id").longValue();
        JsonObject progress = json(asDemo("POST", "/api/trainings/" + module + "/module/lessons/" + lessonId + "/done",
                "teacher.pljevlja", null));
        assertThat(progress.getBoolean("complete")).isTrue();

        HttpResponse<String> rated = asDemo("POST", feedback, "teacher.pljevlja",
                "{\"rating\": 5, \"comment\": \"Short and clear.\\r\\nMore examples, please.\"}");

        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(json(rated).getInt("feedbackRating")).isEqualTo(5);
        assertThat(asDemo("GET", "/api/trainings/" + module + "/calendar", "coordinator", null).statusCode()).isEqualTo(404);
        assertThat(asDemo("GET", "/api/registrations/" + seat + "/calendar", "teacher.pljevlja", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theFiguresNameTheirRatesAndKeepCompletionWithinTheSeatsCounted() {
        long module = ModuleApiIT.createSelfPacedTraining(Platform.unique("Figures module"), "Profesional");
        long lesson = json(asDemo("POST", "/api/trainings/" + module + "/module/lessons", "coordinator",
                "{\"titleEn\": \"Only lesson\", \"bodyEn\": \"<p>Done.</p>\"}")).getJsonNumber("id").longValue();
        register(module, "school.kpt");
        asDemo("POST", "/api/trainings/" + module + "/module/lessons/" + lesson + "/done", "school.kpt", null);

        JsonObject kpt = Platform.jsonArray(asDemo("GET", "/api/trainings/dashboard", "ministry.al", null))
                .getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("school").equals("Kolegji Profesional i Tiranës")).findFirst().orElseThrow();

        assertThat(kpt.keySet()).contains("attendanceRate", "completionRate").doesNotContain("getCompletionRate");
        assertThat(kpt.getJsonNumber("completed").longValue()).isLessThanOrEqualTo(kpt.getJsonNumber("finishedSeats").longValue());
        if (!kpt.isNull("completionRate")) {
            assertThat(kpt.getJsonNumber("completionRate").doubleValue()).isBetween(0.0, 1.0);
        }
    }
}
