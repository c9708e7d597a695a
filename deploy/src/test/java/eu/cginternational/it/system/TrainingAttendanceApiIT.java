package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * After registration through the REST API: the calendar files, the attendance sheet of the
 * provider only, closing by the completion rule, the certificate for its owner, its public
 * verification without signing in, and feedback once.
 */
class TrainingAttendanceApiIT {

    /** A training of Mundus with two sessions that took place {@code daysAgo} and the day after; nobody registered for it. */
    static long trainingThatTookPlace(String title, int daysAgo) {
        return created(trainingBody(title, daysAgo, "Mundus"));
    }

    /** A training of Mundus open for registration now, its two sessions a month ahead; see {@link #tookPlace}. */
    static long upcomingTraining(String title) {
        return upcomingTraining(title, "Mundus");
    }

    /** The same, provided by the first institution whose name holds {@code provider} (one word, as it goes in an address). */
    static long upcomingTraining(String title, String provider) {
        return created(trainingBody(title, -30, provider));
    }

    private static long created(String body) {
        HttpResponse<String> created = asDemo("POST", "/api/trainings", "coordinator", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    /**
     * Lets the time pass for a training made by {@link #upcomingTraining}: the coordinator moves its registration window and
     * its two sessions back, to {@code daysAgo} days ago and the day after. Those registered keep their seats, which can
     * then be marked. (Nobody registers for a training once it has started.)
     */
    static void tookPlace(long training, String title, int daysAgo) {
        HttpResponse<String> moved = revise(training, trainingBody(title, daysAgo, "Mundus"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    /** The coordinator revises the training with this body, against the version last read. */
    static HttpResponse<String> revise(long training, String body) {
        long version = json(asDemo("GET", "/api/trainings/" + training, "coordinator", null)).getJsonNumber("version").longValue();
        return asDemo("PUT", "/api/trainings/" + training, "coordinator",
                body.substring(0, body.lastIndexOf('}')) + ", \"version\": " + version + "}");
    }

    /**
     * The body that makes (or, with its version added, revises) a training with two sessions {@code daysAgo} days ago and
     * the day after (negative: ahead). Its registration, and the giving up of seats, closes ten days from now, or the day
     * before the first session if that comes first.
     */
    static String trainingBody(String title, int daysAgo, String provider) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Podgorica")).minusDays(daysAgo).truncatedTo(ChronoUnit.HOURS)
                .withHour(9);
        Instant closes = now.plus(Duration.ofDays(Math.min(10, -daysAgo - 1)));
        JsonObject institution = json(asDemo("GET", "/api/institutions?name=" + provider, "coordinator", null))
                .getJsonArray("items").getJsonObject(0);
        return "{\"title\": " + quoted(title) + ", \"description\": \"Made by a test of attendance.\","
                + " \"topics\": \"testing\", \"language\": \"CNR\", \"mode\": \"ON_SITE\","
                + " \"providerId\": " + institution.getJsonNumber("id") + ", \"capacity\": 5,"
                + " \"registrationOpens\": \"" + closes.minus(Duration.ofDays(20)) + "\","
                + " \"registrationCloses\": \"" + closes + "\","
                + " \"cancellationDeadline\": \"" + closes + "\","
                + " \"completionShare\": 100, \"nominationRequired\": false,"
                + " \"sessions\": [{\"start\": \"" + start + "\", \"end\": \"" + start.plusHours(3) + "\","
                + " \"timeZone\": \"Europe/Podgorica\", \"place\": \"Mundus, Podgorica\"},"
                + " {\"start\": \"" + start.plusDays(1) + "\", \"end\": \"" + start.plusDays(1).plusHours(3) + "\","
                + " \"timeZone\": \"Europe/Podgorica\", \"onlineLink\": \"https://meet.example.org/day-2\"}]}";
    }

    @Test
    void calendarsCarryTheSessionsInTheirTimeZone() {
        long training = upcomingTraining(Platform.unique("API calendar"));
        long registration = json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.pljevlja", "{}"))
                .getJsonNumber("id").longValue();

        HttpResponse<String> mine = asDemo("GET", "/api/registrations/" + registration + "/calendar", "teacher.pljevlja", null);
        HttpResponse<String> whole = asDemo("GET", "/api/trainings/" + training + "/calendar", "school.kpt", null);

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        String ics = mine.body().replace("\r\n ", "");
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Europe/Podgorica", "DTSTART;TZID=Europe/Podgorica:",
                "LOCATION:Mundus\\, Podgorica", "URL:https://meet.example.org/day-2");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).contains("BEGIN:VEVENT");
        assertThat(asDemo("GET", "/api/registrations/" + registration + "/calendar", "teacher.kpt", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theProviderMarksAndClosesTheOwnerDownloadsAndAnyoneVerifies() {
        String title = Platform.unique("API attendance");
        long training = upcomingTraining(title);
        long registration = json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.pljevlja", "{}"))
                .getJsonNumber("id").longValue();
        tookPlace(training, title, 3);

        assertThat(asDemo("GET", "/api/trainings/" + training + "/attendance", "school.kpt", null).statusCode()).isEqualTo(403);
        JsonObject sheet = json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null));
        JsonArray sessions = sheet.getJsonArray("sessions");
        assertThat(sheet.getInt("completionShare")).isEqualTo(100);
        assertThat(sessions).hasSize(2);
        assertThat(sheet.getJsonNumber("total").longValue()).isEqualTo(1);
        for (JsonObject session : sessions.getValuesAs(JsonObject.class)) {
            HttpResponse<String> marked = asDemo("PUT", "/api/trainings/" + training + "/attendance/"
                    + session.getJsonNumber("id") + "/" + registration, "coordinator", "{\"present\": true}");
            assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
            assertThat(json(marked).getJsonNumber("registrationId").longValue()).isEqualTo(registration);
        }
        String registrations = "/api/trainings/" + training + "/registrations?status=REGISTERED&sort=-participant";
        assertThat(asDemo("GET", registrations, "school.kpt", null).statusCode()).isEqualTo(403);
        JsonObject listed = json(asDemo("GET", registrations, "coordinator", null));
        assertThat(listed.getInt("total")).isEqualTo(1);
        JsonObject row = listed.getJsonArray("items").getJsonObject(0);
        assertThat(row.getJsonNumber("id").longValue()).isEqualTo(registration);
        assertThat(row.getString("school")).isEqualTo("SVS-Pljevlja");
        assertThat(row.getInt("attended")).isEqualTo(2);
        HttpResponse<String> notYet = asDemo("GET", "/api/registrations/" + registration + "/certificate", "teacher.pljevlja", null);
        assertThat(notYet.statusCode()).isEqualTo(422);

        HttpResponse<String> closed = asDemo("POST", "/api/trainings/" + training + "/closing", "coordinator", null);

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonObject completed = Platform.jsonArray(closed).getJsonObject(0);
        String code = completed.getString("certificateCode");
        assertThat(completed.getJsonNumber("id").longValue()).isEqualTo(registration);

        HttpResponse<String> verified = call("GET", "/api/certificates/" + code.toLowerCase(), null, null, null);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(json(verified).getString("participant")).isEqualTo("Jelena Popović");
        assertThat(json(verified).getString("training")).isEqualTo(title);
        assertThat(call("GET", "/api/certificates/2222-3333-4444", null, null, null).statusCode()).isEqualTo(404);

        HttpResponse<String> pdf = asDemo("GET", "/api/registrations/" + registration + "/certificate", "teacher.pljevlja", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(asDemo("GET", "/api/registrations/" + registration + "/certificate", "teacher.kpt", null).statusCode())
                .isEqualTo(404);
        assertThat(asDemo("POST", "/api/trainings/" + training + "/closing", "coordinator", null).statusCode()).isEqualTo(422);
    }

    @Test
    void feedbackIsGivenOnceWithAValidRatingByWhoAttended() {
        String title = Platform.unique("API feedback");
        long training = upcomingTraining(title);
        long registration = json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.kpt", "{}"))
                .getJsonNumber("id").longValue();
        long neverCame = json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.pljevlja", "{}"))
                .getJsonNumber("id").longValue();
        tookPlace(training, title, 5);
        JsonObject firstSession = json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null))
                .getJsonArray("sessions").getJsonObject(0);
        assertThat(asDemo("PUT", "/api/trainings/" + training + "/attendance/" + firstSession.getJsonNumber("id") + "/"
                + registration, "coordinator", "{\"present\": true}").statusCode()).isEqualTo(200);
        String path = "/api/registrations/" + registration + "/feedback";

        HttpResponse<String> absent = asDemo("POST", "/api/registrations/" + neverCame + "/feedback", "teacher.pljevlja",
                "{\"rating\": 1, \"comment\": \"Never there.\"}");
        assertThat(absent.statusCode()).as(absent.body()).isEqualTo(422);
        // teacher.pljevlja reads Montenegrin
        assertThat(json(absent).getString("detail")).isEqualTo(Platform.text("_sr_Latn_ME", "training.rule.NOT_ATTENDED"));

        HttpResponse<String> outOfRange = asDemo("POST", path, "teacher.kpt", "{\"rating\": 7}");
        HttpResponse<String> markup = asDemo("POST", path, "teacher.kpt", "{\"rating\": 4, \"comment\": \"<b>bold</b>\"}");
        HttpResponse<String> given = asDemo("POST", path, "teacher.kpt", "{\"rating\": 4, \"comment\": \"Useful.\"}");
        HttpResponse<String> again = asDemo("POST", path, "teacher.kpt", "{\"rating\": 2}");

        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(markup.statusCode()).isEqualTo(422);
        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        assertThat(json(given).getInt("feedbackRating")).isEqualTo(4);
        assertThat(again.statusCode()).isEqualTo(422);
        JsonObject summary = json(asDemo("GET", "/api/trainings/" + training + "/feedback", "coordinator", null));
        assertThat(summary.getInt("ratings")).isEqualTo(1);
        JsonObject comments = json(asDemo("GET", "/api/trainings/" + training + "/feedback/comments?size=5", "coordinator", null));
        assertThat(comments.getInt("total")).isEqualTo(1);
        assertThat(comments.getJsonArray("items").getJsonObject(0).getString("comment")).isEqualTo("Useful.");
        assertThat(asDemo("GET", "/api/trainings/" + training + "/feedback/comments", "teacher.kpt", null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDashboardCountsBySchoolAndAMinistrySeesItsOwnCountryOnly() {
        JsonArray all = Platform.jsonArray(asDemo("GET", "/api/trainings/dashboard", "coordinator", null));
        JsonArray montenegro = Platform.jsonArray(asDemo("GET", "/api/trainings/dashboard", "ministry.me", null));

        assertThat(all.getValuesAs(JsonObject.class)).extracting(row -> row.getString("country")).contains("AL", "ME");
        assertThat(montenegro.getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getString("country")).isEqualTo("ME"));
        assertThat(all.getValuesAs(JsonObject.class)).anySatisfy(row -> {
            assertThat(row.getString("school")).isEqualTo("Kolegji Profesional i Tiranës");
            assertThat(row.getInt("seats")).isPositive();
        });
        assertThat(asDemo("GET", "/api/trainings/dashboard", "teacher.kpt", null).statusCode()).isEqualTo(403);
    }
}
