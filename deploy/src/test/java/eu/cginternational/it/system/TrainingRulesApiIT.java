package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.TrainingAttendanceApiIT.revise;
import static eu.cginternational.it.system.TrainingAttendanceApiIT.tookPlace;
import static eu.cginternational.it.system.TrainingAttendanceApiIT.trainingBody;
import static eu.cginternational.it.system.TrainingAttendanceApiIT.upcomingTraining;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep a training's record honest, through the REST API: the attendance, which decides the certificate,
 * is marked by someone other than the person; a closed training no longer changes, nor do its seats; registration and
 * the giving up of seats end by the first session; sessions are set in a time zone that calendars know; a self-paced
 * module has no calendar and is rated once completed; the figures keep their rates within the seats they count.
 */
class TrainingRulesApiIT {

    /** The text of a rule in a language with its one placeholder filled by a moment, as a pattern. */
    private static String ruleWithMoment(String languageSuffix, String rule) {
        String[] around = Platform.text(languageSuffix, "training.rule." + rule).split(Pattern.quote("{0}"), -1);
        return Pattern.quote(around[0]) + PageDates.momentPattern(languageSuffix) + Pattern.quote(around[1]);
    }

    private static HttpResponse<String> registration(long training, String username) {
        return asDemo("POST", "/api/trainings/" + training + "/registrations", username, "{}");
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
        String title = Platform.unique("Own attendance");
        long training = upcomingTraining(title, "Profesional");
        long own = register(training, "teacher.kpt");
        assertThat(revise(training, trainingBody(title, 3, "Profesional")).statusCode()).isEqualTo(200);
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
        long training = upcomingTraining(title);
        long seat = register(training, "teacher.pljevlja");
        tookPlace(training, title, 4);
        JsonObject sheet = json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null));
        sheet.getJsonArray("sessions").getValuesAs(JsonObject.class)
                .forEach(session -> assertThat(mark(training, session.getJsonNumber("id").longValue(), seat, "coordinator")
                        .statusCode()).isEqualTo(200));
        String code = Platform.jsonArray(asDemo("POST", "/api/trainings/" + training + "/closing", "coordinator", null))
                .getJsonObject(0).getString("certificateCode");

        HttpResponse<String> renamed = revise(training, trainingBody(title + " renamed", 4, "Mundus"));

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(422);
        assertThat(json(renamed).getString("detail"))
                .matches("The training was closed on " + PageDates.momentPattern("") + "; .*");
        assertThat(json(asDemo("GET", "/api/certificates/" + code, null, null)).getString("training")).isEqualTo(title);
    }

    @Test
    void onAClosedTrainingNobodyRegistersGivesUpASeatOrLeavesTheList() {
        String title = Platform.unique("Closed seats");
        long training = upcomingTraining(title);
        assertThat(revise(training, trainingBody(title, -30, "Mundus").replace("\"capacity\": 5", "\"capacity\": 1"))
                .statusCode()).isEqualTo(200);
        long seat = register(training, "teacher.kpt");
        long waiting = register(training, "teacher.pljevlja");
        assertThat(revise(training, trainingBody(title, 3, "Mundus").replace("\"capacity\": 5", "\"capacity\": 1"))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> closing = asDemo("POST", "/api/trainings/" + training + "/closing", "coordinator", null);
        assertThat(closing.statusCode()).as(closing.body()).isEqualTo(200);

        HttpResponse<String> givenUp = asDemo("DELETE", "/api/registrations/" + seat, "teacher.kpt", null);
        HttpResponse<String> left = asDemo("DELETE", "/api/registrations/" + waiting, "teacher.pljevlja", null);
        HttpResponse<String> newcomer = registration(training, "teacher.lutfimusiqi");

        assertThat(givenUp.statusCode()).as(givenUp.body()).isEqualTo(422);
        assertThat(json(givenUp).getString("detail")).matches(ruleWithMoment("_sq", "TRAINING_CLOSED"));
        assertThat(left.statusCode()).as(left.body()).isEqualTo(422);
        assertThat(json(left).getString("detail")).matches(ruleWithMoment("_sr_Latn_ME", "TRAINING_CLOSED"));
        assertThat(newcomer.statusCode()).as(newcomer.body()).isEqualTo(422);
        assertThat(json(newcomer).getString("detail")).matches(ruleWithMoment("_sq", "TRAINING_CLOSED"));
        JsonObject forTheWaiting = json(asDemo("GET", "/api/trainings/" + training, "teacher.pljevlja", null));
        assertThat(forTheWaiting.getJsonObject("myRegistration").getString("status")).isEqualTo("WAITLISTED");
        assertThat(forTheWaiting.getJsonObject("myRegistration").getInt("position")).isEqualTo(1);
        assertThat(forTheWaiting.getJsonArray("actions")).isEmpty();
        assertThat(forTheWaiting.getInt("seatsLeft")).isZero();
        assertThat(forTheWaiting.getBoolean("openForRegistration")).isFalse();
        assertThat(json(asDemo("GET", "/api/trainings/" + training, "teacher.kpt", null)).getJsonObject("myRegistration")
                .getString("status")).isEqualTo("REGISTERED");
        assertThat(asDemo("GET", "/api/notifications?size=100", "teacher.pljevlja", null).body()).doesNotContain(title);
    }

    @Test
    void registrationAndTheGivingUpOfSeatsEndByTheFirstSession() {
        String title = Platform.unique("Late window");
        String later = Instant.now().plus(Duration.ofDays(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        // Sessions five days and six days ahead; registration (and the deadline) would close in eight days.
        String valid = trainingBody(title, -5, "Mundus");

        HttpResponse<String> lateWindow = asDemo("POST", "/api/trainings", "coordinator",
                valid.replaceFirst("\"registrationCloses\": \"[^\"]+\"", "\"registrationCloses\": \"" + later + "\"")
                        .replaceFirst("\"cancellationDeadline\": \"[^\"]+\"", "\"cancellationDeadline\": \"" + later + "\""));

        assertThat(lateWindow.statusCode()).as(lateWindow.body()).isEqualTo(422);
        assertThat(json(lateWindow).getString("detail")).matches(ruleWithMoment("", "WINDOW_AFTER_FIRST_SESSION"));
        assertThat(json(asDemo("GET", "/api/trainings?topic=" + URLEncoder.encode(title, StandardCharsets.UTF_8), "coordinator",
                null)).getInt("total")).isZero();

        HttpResponse<String> created = asDemo("POST", "/api/trainings", "coordinator", valid);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long training = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> lateDeadline = revise(training, valid.replace(title, title + " renamed")
                .replaceFirst("\"cancellationDeadline\": \"[^\"]+\"", "\"cancellationDeadline\": \"" + later + "\""));

        assertThat(lateDeadline.statusCode()).as(lateDeadline.body()).isEqualTo(422);
        assertThat(json(lateDeadline).getString("detail")).matches(ruleWithMoment("", "DEADLINE_AFTER_FIRST_SESSION"));
        JsonObject unchanged = json(asDemo("GET", "/api/trainings/" + training, "coordinator", null));
        assertThat(unchanged.getString("title")).isEqualTo(title);
        assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(json(created).getJsonNumber("version").longValue());
    }

    /**
     * Once the first session has begun nobody comes in any more: a request is no longer approved (it is still declined),
     * and a larger capacity is refused rather than handing the waiting list seats in a training under way.
     */
    @Test
    void onceTheFirstSessionHasBegunNoRequestIsApprovedAndTheCapacityDoesNotGrow() {
        String title = Platform.unique("Begun training");
        HttpResponse<String> created = asDemo("POST", "/api/trainings", "coordinator", nominatedForOneSeat(title, -30));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long training = json(created).getJsonNumber("id").longValue();
        assertThat(json(nominate(training, "school.pljevlja", "teacher.pljevlja")).getString("status")).isEqualTo("REGISTERED");
        assertThat(json(nominate(training, "school.lutfimusiqi", "teacher.lutfimusiqi")).getString("status")).isEqualTo("WAITLISTED");
        long request = register(training, "teacher.kpt");
        assertThat(revise(training, nominatedForOneSeat(title, 1)).statusCode()).isEqualTo(200);

        HttpResponse<String> approval = asDemo("POST", "/api/registrations/" + request + "/approval", "school.kpt", null);
        HttpResponse<String> raised = revise(training, nominatedForOneSeat(title, 1).replace("\"capacity\": 1", "\"capacity\": 3"));

        assertThat(approval.statusCode()).as(approval.body()).isEqualTo(422);
        assertThat(json(approval).getString("detail")).matches(ruleWithMoment("_sq", "APPROVAL_AFTER_FIRST_SESSION"));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(422);
        assertThat(json(raised).getString("detail")).matches(ruleWithMoment("", "CAPACITY_RAISED_AFTER_FIRST_SESSION"));
        JsonObject forTheWaiting = json(asDemo("GET", "/api/trainings/" + training, "teacher.lutfimusiqi", null));
        assertThat(forTheWaiting.getInt("capacity")).isEqualTo(1);
        assertThat(forTheWaiting.getInt("seatsLeft")).isZero();
        assertThat(forTheWaiting.getJsonObject("myRegistration").getString("status")).isEqualTo("WAITLISTED");
        assertThat(json(asDemo("GET", "/api/trainings/" + training, "teacher.kpt", null)).getJsonObject("myRegistration")
                .getString("status")).isEqualTo("PENDING_APPROVAL");
        HttpResponse<String> declined = asDemo("POST", "/api/registrations/" + request + "/refusal", "school.kpt", null);
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(json(declined).getString("status")).isEqualTo("DECLINED");
    }

    /** The body of a training of one seat that needs the school's nomination, its sessions as {@link TrainingAttendanceApiIT#trainingBody}'s. */
    private static String nominatedForOneSeat(String title, int daysAgo) {
        return trainingBody(title, daysAgo, "Mundus").replace("\"capacity\": 5", "\"capacity\": 1")
                .replace("\"nominationRequired\": false", "\"nominationRequired\": true");
    }

    private static HttpResponse<String> nominate(long training, String schoolAdmin, String teacher) {
        HttpResponse<String> nominated = asDemo("POST", "/api/trainings/" + training + "/registrations", schoolAdmin,
                "{\"participantId\": " + TrainingApiIT.userId(teacher) + "}");
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        return nominated;
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

    /** 02:30 on the night the clocks go forward never happens there: taken for 03:30, the session would move unasked. */
    @Test
    void aSessionAtATimeItsClocksSkipIsRefused() {
        String title = Platform.unique("Skipped hour");
        LocalDateTime skipped = PageDates.skipped(ZoneId.of("Europe/Podgorica"));
        String body = trainingBody(title, -30, "Mundus").replaceFirst("\"start\": \"[^\"]+\", \"end\": \"[^\"]+\"",
                "\"start\": \"" + skipped + "\", \"end\": \"" + skipped.plusHours(3) + "\"");

        HttpResponse<String> created = asDemo("POST", "/api/trainings", "coordinator", body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(422);
        assertThat(json(created).getString("detail")).isEqualTo(MessageFormat.format(Platform.text("", "training.rule.SESSION_TIME_SKIPPED"),
                PageDates.shown("", skipped), "Europe/Podgorica"));
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
