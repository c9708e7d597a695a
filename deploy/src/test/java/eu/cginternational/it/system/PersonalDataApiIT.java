package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.isNull;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The export of one person's data: each person downloads their own, whole and no one else's, without the notes a
 * counsellor kept private; a coordinator downloads anyone's; nobody else can; each export is in the audit log.
 */
class PersonalDataApiIT {

    @Test
    void aStudentDownloadsTheirOwnDataWithTheirMobilitiesAndWithoutPrivateNotes() {
        long student = CounsellingApiIT.studentId("teacher.kpt", "student.kpt");
        String guidance = "/api/students/" + student + "/guidance/sessions";
        String shared = Platform.unique("shared note");
        String secret = Platform.unique("private note");
        asDemo("POST", guidance, "teacher.kpt", CounsellingApiIT.session("Export shared", shared, false));
        asDemo("POST", guidance, "teacher.kpt", CounsellingApiIT.session("Export private", secret, true));

        assertThat(asDemo("POST", "/api/assessments", "student.kpt", GuidanceApiIT.answers(3, 36)).statusCode()).isEqualTo(201);

        HttpResponse<String> file = asDemo("GET", "/api/me/data", "student.kpt", null);

        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"cg-personal-data-student.kpt.json\"");
        JsonObject data = json(file);
        assertThat(data.getJsonObject("account").getString("username")).isEqualTo("student.kpt");
        assertThat(data.getJsonObject("account").getJsonArray("roles").getString(0)).isEqualTo("STUDENT");
        assertThat(ids(data, "mobilities")).isNotEmpty().isEqualTo(ownMobilities("student.kpt"));
        assertThat(data.getJsonArray("counsellingSessions").getValuesAs(JsonObject.class))
                .anySatisfy(session -> {
                    assertThat(session.getString("topics")).isEqualTo("Export shared");
                    assertThat(session.getString("notes")).isEqualTo(shared);
                })
                .anySatisfy(session -> {
                    assertThat(session.getString("topics")).isEqualTo("Export private");
                    assertThat(isNull(session, "notes")).isTrue();
                });
        assertThat(file.body()).doesNotContain(secret);
        // The interests are exported as the school's staff see them: each type's score and its share of the scale.
        List<JsonObject> assessments = data.getJsonArray("interestAssessments").getValuesAs(JsonObject.class);
        assertThat(assessments).last().satisfies(assessment -> {
            assertThat(assessment.getString("code")).startsWith("S");
            assertThat(assessment.getInt("itemsPerType")).isEqualTo(6);
            assertThat(assessment.getJsonObject("scores").keySet()).containsExactly("R", "I", "A", "S", "E", "C");
            assertThat(assessment.getJsonObject("scores").getInt("S")).isEqualTo(30);
            assertThat(assessment.getJsonObject("percentages").getInt("S")).isEqualTo(100);
            assertThat(assessment.getJsonObject("percentages").getInt("R")).isEqualTo(25);
        });
        assertThat(data.getJsonArray("activity").getValuesAs(JsonObject.class))
                .anySatisfy(event -> assertThat(event.getString("type")).isEqualTo("PERSONAL_DATA_EXPORTED"));
        JsonObject exports = json(asDemo("GET", "/api/audit-events?type=PERSONAL_DATA_EXPORTED&actor=student.kpt&target=student.kpt",
                "coordinator", null));
        assertThat(exports.getJsonNumber("total").longValue()).isPositive();
    }

    @Test
    void aTeacherFindsTheMobilitiesTheyCreatedForSomeoneElseWithTheParticipantDatesAndStatus() {
        long student = CounsellingApiIT.studentId("teacher.kpt", "student.kpt");
        long host = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate start = LocalDate.now().plusDays(170);
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "teacher.kpt", """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s", "participantId": %d}"""
                .formatted(host, start, start.plusDays(20), student));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();

        JsonObject teachers = json(asDemo("GET", "/api/me/data", "teacher.kpt", null));
        JsonObject students = json(asDemo("GET", "/api/me/data", "student.kpt", null));

        List<JsonObject> createdByTeacher = teachers.getJsonArray("mobilitiesCreated").getValuesAs(JsonObject.class);
        assertThat(createdByTeacher).filteredOn(mobility -> mobility.getJsonNumber("id").longValue() == id)
                .singleElement().satisfies(mobility -> {
                    assertThat(mobility.getString("participant")).isEqualTo("Klea Shehu");
                    assertThat(mobility.getString("startDate")).isEqualTo(start.toString());
                    assertThat(mobility.getString("endDate")).isEqualTo(start.plusDays(20).toString());
                    assertThat(mobility.getString("status")).isEqualTo("DRAFT");
                    assertThat(mobility.getString("createdAt")).isNotBlank();
                });
        // Their own mobilities are in their list of mobilities, not among those they made for others.
        assertThat(createdByTeacher).extracting(mobility -> mobility.getString("participant")).doesNotContain("Elira Dervishi");
        assertThat(ids(teachers, "mobilities")).doesNotContain(id);
        assertThat(ids(students, "mobilities")).contains(id);
        assertThat(ids(students, "mobilitiesCreated")).doesNotContain(id);
    }

    @Test
    void aTeachersTrainingComesWithTheLessonsMarkedDoneInTheirLanguage() {
        long training = ModuleApiIT.createSelfPacedTraining(Platform.unique("Export module"));
        ModuleApiIT.buildModule(training);
        String base = "/api/trainings/" + training + "/module";
        assertThat(json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.lutfimusiqi", "{}"))
                .getString("status")).isEqualTo("REGISTERED");
        long lesson = json(asDemo("GET", base, "teacher.lutfimusiqi", null)).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertThat(json(asDemo("POST", base + "/lessons/" + lesson + "/done", "teacher.lutfimusiqi", null)).getInt("done"))
                .isEqualTo(1);

        JsonObject data = json(asDemo("GET", "/api/me/data", "teacher.lutfimusiqi", null));

        JsonObject registration = data.getJsonArray("trainings").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("training").startsWith("Export module")).findFirst().orElseThrow();
        // teacher.lutfimusiqi reads Albanian: the first lesson's Albanian title
        assertThat(registration.getJsonArray("lessonsDone").getValuesAs(JsonObject.class))
                .extracting(done -> done.getString("lesson")).containsExactly("Gjashtë llojet e interesave");
    }

    @Test
    void aStudentWhoMovedReadsTheNewSchoolsPlanAndDownloadsThePlanOfEachSchool() {
        String username = Platform.newAccount("STUDENT", "Tiranës", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        long student = CounsellingApiIT.studentId("teacher.kpt", username);
        String guidance = "/api/students/" + student + "/guidance";
        assertThat(asDemo("PUT", guidance + "/goals", "teacher.kpt", "{\"goals\": \"Cook in Tirana\", \"version\": 0}")
                .statusCode()).isEqualTo(200);
        moveTo(student, "Pljevlja");

        HttpResponse<String> atPljevlja = asDemo("PUT", guidance + "/goals", "teacher.pljevlja",
                "{\"goals\": \"Cook in Budva\", \"version\": 0}");
        JsonObject own = json(call("GET", guidance, username, password, null));
        JsonObject data = json(call("GET", "/api/me/data", username, password, null));

        assertThat(atPljevlja.statusCode()).as(atPljevlja.body()).isEqualTo(200);
        assertThat(own.getString("schoolName")).isEqualTo("SVS-Pljevlja");
        assertThat(own.getString("goals")).isEqualTo("Cook in Budva");
        assertThat(data.getJsonArray("actionPlans").getValuesAs(JsonObject.class))
                .extracting(plan -> plan.getString("school") + ": " + plan.getString("goals"))
                .containsExactly("Kolegji Profesional i Tiranës: Cook in Tirana", "SVS-Pljevlja: Cook in Budva");
    }

    /** Moves the account to the first school whose name contains the text, as a coordinator does on the user's page. */
    private static void moveTo(long account, String schoolName) {
        JsonObject person = json(asDemo("GET", "/api/users/" + account, "coordinator", null));
        long school = json(asDemo("GET", "/api/institutions?name=" + schoolName, "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> moved = asDemo("PUT", "/api/users/" + account, "coordinator", """
                {"username": "%s", "email": "%s", "fullName": "%s", "institutionId": %d, "roles": ["STUDENT"],
                 "language": "EN", "version": %s}""".formatted(person.getString("username"), person.getString("email"),
                person.getString("fullName"), school, person.getJsonNumber("version")));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    @Test
    void aCoordinatorDownloadsAnyonesDataAndNobodyElseCan() {
        long student = json(asDemo("GET", "/api/users?username=student.pljevlja", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> byCoordinator = asDemo("GET", "/api/users/" + student + "/data", "coordinator", null);
        HttpResponse<String> bySchool = asDemo("GET", "/api/users/" + student + "/data", "school.pljevlja", null);
        HttpResponse<String> byAnotherStudent = asDemo("GET", "/api/users/" + student + "/data", "student.kpt", null);
        HttpResponse<String> unknown = asDemo("GET", "/api/users/999999999/data", "coordinator", null);
        HttpResponse<String> anonymous = call("GET", "/api/me/data", null, null, null);

        assertThat(byCoordinator.statusCode()).as(byCoordinator.body()).isEqualTo(200);
        assertThat(json(byCoordinator).getJsonObject("account").getString("username")).isEqualTo("student.pljevlja");
        assertThat(ids(json(byCoordinator), "mobilities")).isEqualTo(ownMobilities("student.pljevlja"));
        assertThat(bySchool.statusCode()).isEqualTo(403);
        assertThat(byAnotherStudent.statusCode()).isEqualTo(403);
        assertThat(bySchool.body() + byAnotherStudent.body()).doesNotContain("student.pljevlja@");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static Set<Long> ids(JsonObject data, String list) {
        return data.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    /** The ids of the mobilities the student sees in their own list: theirs. */
    private static Set<Long> ownMobilities(String student) {
        JsonObject list = json(asDemo("GET", "/api/mobilities?size=200", student, null));
        assertThat(list.getJsonNumber("total").longValue()).as("the whole list on one page").isLessThanOrEqualTo(200);
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }
}
