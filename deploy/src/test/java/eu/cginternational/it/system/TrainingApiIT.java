package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The training catalogue and registrations through the REST API: statuses and positions, refusals, cancelling. */
class TrainingApiIT {

    /** Creates a training as the coordinator; returns its id. */
    static long createTraining(String title, int capacity, Duration deadlineIn, boolean nomination) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime start = LocalDateTime.now().plusDays(40).truncatedTo(ChronoUnit.HOURS).withHour(9);
        String body = "{\"title\": " + quoted(title) + ", \"description\": \"Made by a test of the API.\","
                + " \"topics\": \"testing, guidance\", \"language\": \"CNR\", \"mode\": \"BLENDED\","
                + " \"providerId\": " + mundusId() + ", \"capacity\": " + capacity + ","
                + " \"registrationOpens\": \"" + now.minus(Duration.ofDays(1)) + "\","
                + " \"registrationCloses\": \"" + now.plus(Duration.ofDays(20)) + "\","
                + " \"cancellationDeadline\": \"" + now.plus(deadlineIn) + "\","
                + " \"nominationRequired\": " + nomination + ","
                + " \"sessions\": [{\"start\": \"" + start + "\", \"end\": \"" + start.plusHours(3) + "\","
                + " \"timeZone\": \"Europe/Podgorica\", \"place\": \"SVS-Pljevlja\", \"onlineLink\": \"https://meet.example.org/t\"}]}";
        HttpResponse<String> created = asDemo("POST", "/api/trainings", "coordinator", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private static long mundusId() {
        JsonObject page = json(asDemo("GET", "/api/institutions?name=Mundus", "coordinator", null));
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> register(long training, String username, String json) {
        return asDemo("POST", "/api/trainings/" + training + "/registrations", username, json);
    }

    @Test
    void registrationsGetSeatsThenWaitingListPositionsAndTheCatalogueShowsThem() {
        String title = Platform.unique("API training");
        long training = createTraining(title, 1, Duration.ofDays(25), false);

        HttpResponse<String> first = register(training, "teacher.kpt", "{}");
        HttpResponse<String> second = register(training, "teacher.pljevlja", "{}");
        HttpResponse<String> third = register(training, "teacher.lutfimusiqi", "{}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).getString("status")).isEqualTo("REGISTERED");
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/registrations/"));
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(json(second).getString("status")).isEqualTo("WAITLISTED");
        assertThat(json(second).getInt("position")).isEqualTo(1);
        assertThat(json(third).getInt("position")).isEqualTo(2);

        JsonObject detail = json(asDemo("GET", "/api/trainings/" + training, "teacher.pljevlja", null));
        assertThat(detail.getInt("seatsLeft")).isZero();
        assertThat(detail.getInt("waitingListLength")).isEqualTo(2);
        assertThat(detail.getJsonArray("sessions").getJsonObject(0).getString("timeZone")).isEqualTo("Europe/Podgorica");
        assertThat(detail.getJsonObject("myRegistration").getInt("position")).isEqualTo(1);
        assertThat(detail.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("LEAVE_WAITING_LIST");

        JsonObject catalogue = json(asDemo("GET", "/api/trainings?open=true&language=CNR&topic="
                + title.substring(title.indexOf('.') + 1) + "&page=0&size=5", "school.kpt", null));
        assertThat(catalogue.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(catalogue.getJsonArray("items").getJsonObject(0).getInt("seatsLeft")).isZero();
    }

    @Test
    void cancellingGivesTheSeatToTheFirstWaitingAndLeavingTheListIsAlwaysPossible() {
        long training = createTraining(Platform.unique("API cancel"), 1, Duration.ofDays(25), false);
        long seat = json(register(training, "teacher.kpt", "{}")).getJsonNumber("id").longValue();
        long waiting = json(register(training, "teacher.pljevlja", "{}")).getJsonNumber("id").longValue();

        HttpResponse<String> cancelled = asDemo("DELETE", "/api/registrations/" + seat, "teacher.kpt", null);

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).getString("status")).isEqualTo("CANCELLED");
        JsonObject mine = json(asDemo("GET", "/api/registrations?size=100", "teacher.pljevlja", null));
        JsonObject promoted = mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == waiting).findFirst().orElseThrow();
        assertThat(promoted.getString("status")).isEqualTo("REGISTERED");
        assertThat(promoted.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("reason")).containsExactly("ARRIVED", "PROMOTED_SEAT_FREED");
        // Someone else's registration does not exist for the caller.
        assertThat(asDemo("DELETE", "/api/registrations/" + waiting, "teacher.kpt", null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusalsAnswer422And403And404WithATranslatedReason() {
        long training = createTraining(Platform.unique("API refusals"), 5, Duration.ofHours(-1), false);
        long seat = json(register(training, "teacher.pljevlja", "{}")).getJsonNumber("id").longValue();

        HttpResponse<String> twice = register(training, "teacher.pljevlja", "{}");
        HttpResponse<String> tooLate = asDemo("DELETE", "/api/registrations/" + seat, "teacher.pljevlja", null);
        long pljevlja = userId("teacher.pljevlja");
        HttpResponse<String> otherSchool = register(training, "school.kpt", "{\"participantId\": " + pljevlja + "}");
        HttpResponse<String> nobody = register(training, "school.kpt", "{\"participantId\": 999999999}");
        HttpResponse<String> student = register(training, "student.kpt", "{}");
        HttpResponse<String> notCoordinator = asDemo("POST", "/api/trainings", "teacher.kpt", "{}");

        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(json(twice).getString("detail")).contains("(Prijavljen/a)"); // teacher.pljevlja reads Montenegrin
        assertThat(tooLate.statusCode()).isEqualTo(422);
        assertThat(json(tooLate).getString("detail")).contains("rok je istekao");
        // Another school's teacher is answered as an id nobody has: the school learns nothing of who exists elsewhere.
        assertThat(otherSchool.statusCode()).as(otherSchool.body()).isEqualTo(404);
        assertThat(json(otherSchool).getString("detail"))
                .isEqualTo(MessageFormat.format(Platform.text("_sq", "user.not_found"), pljevlja)); // school.kpt reads Albanian
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(json(nobody).getString("detail"))
                .isEqualTo(MessageFormat.format(Platform.text("_sq", "user.not_found"), 999999999L));
        assertThat(student.statusCode()).isEqualTo(403);
        assertThat(notCoordinator.statusCode()).isEqualTo(403);
        assertThat(asDemo("GET", "/api/trainings/999999999", "teacher.kpt", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aSchoolAdministratorNominatesTeachersOfTheSchoolAndNobodyElse() {
        long training = createTraining(Platform.unique("API nominees"), 5, Duration.ofDays(25), true);
        long colleague = userId(Platform.newAccount("SCHOOL_ADMIN", "Kolegji Profesional", "EN"));

        HttpResponse<String> administrator = register(training, "school.kpt", "{\"participantId\": " + colleague + "}");
        HttpResponse<String> student = register(training, "school.kpt", "{\"participantId\": " + userId("student.kpt") + "}");
        HttpResponse<String> teacher = register(training, "school.kpt", "{\"participantId\": " + userId("teacher.kpt") + "}");

        assertThat(administrator.statusCode()).as(administrator.body()).isEqualTo(404);
        assertThat(json(administrator).getString("detail"))
                .isEqualTo(MessageFormat.format(Platform.text("_sq", "user.not_found"), colleague)); // school.kpt reads Albanian
        assertThat(student.statusCode()).as(student.body()).isEqualTo(404);
        assertThat(teacher.statusCode()).as(teacher.body()).isEqualTo(201);
        assertThat(json(teacher).getString("status")).isEqualTo("REGISTERED");
        assertThat(json(asDemo("GET", "/api/trainings/" + training, "coordinator", null)).getInt("seatsLeft")).isEqualTo(4);
        // Administrators take part by registering themselves, a request the school decides like anyone's.
        HttpResponse<String> own = register(training, "school.kpt", "{}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(json(own).getString("status")).isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void aRequestForANominatedTrainingWaitsForTheOwnSchool() {
        long training = createTraining(Platform.unique("API nomination"), 5, Duration.ofDays(25), true);
        HttpResponse<String> request = register(training, "teacher.kpt", "{}");
        long id = json(request).getJsonNumber("id").longValue();

        assertThat(request.statusCode()).isEqualTo(201);
        assertThat(json(request).getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(asDemo("POST", "/api/registrations/" + id + "/approval", "school.pljevlja", null).statusCode()).isEqualTo(404);
        HttpResponse<String> approved = asDemo("POST", "/api/registrations/" + id + "/approval", "school.kpt", null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved).getString("status")).isEqualTo("REGISTERED");
    }

    static long userId(String username) {
        JsonObject page = json(asDemo("GET", "/api/users?username=" + username, "coordinator", null));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
