package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Counselling, the resource library and the indicators through the REST API, with the same scope as the pages. */
class CounsellingApiIT {

    /** The id of a student of the caller's caseload. */
    static long studentId(String teacher, String student) {
        HttpResponse<String> caseload = asDemo("GET", "/api/students?username=" + student, teacher, null);
        assertThat(caseload.statusCode()).as(caseload.body()).isEqualTo(200);
        JsonArray students = Json.createReader(new StringReader(caseload.body())).readObject().getJsonArray("items");
        return students.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("username").equals(student))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    static String session(String topics, String notes, boolean privateNote) {
        return "{\"heldOn\": \"" + LocalDate.now() + "\", \"topics\": " + quoted(topics) + ", \"notes\": " + (notes == null ? "null" : quoted(notes))
                + ", \"privateNote\": " + privateNote + "}";
    }

    private static HttpResponse<String> answer(Future<HttpResponse<String>> call) {
        try {
            return call.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class Counselling {

        @Test
        void teacherPljevljaCannotReadNorWriteTheGuidanceOfAKptStudent() {
            long student = studentId("teacher.kpt", "student.kpt");
            String path = "/api/students/" + student + "/guidance";
            assertThat(asDemo("POST", path + "/sessions", "teacher.kpt", session("API scope", "KPT only", false)).statusCode())
                    .isEqualTo(201);

            HttpResponse<String> read = asDemo("GET", path, "teacher.pljevlja", null);
            HttpResponse<String> write = asDemo("POST", path + "/sessions", "teacher.pljevlja", session("Intrusion", "x", false));

            assertThat(read.statusCode()).isEqualTo(404);
            assertThat(read.body()).doesNotContain("KPT only");
            assertThat(write.statusCode()).isEqualTo(404);
            HttpResponse<String> othersCaseload = asDemo("GET", "/api/students?username=student.kpt", "teacher.pljevlja", null);
            assertThat(othersCaseload.body()).doesNotContain("student.kpt");
            assertThat(Json.createReader(new StringReader(othersCaseload.body())).readObject().getInt("total")).isZero();
            assertThat(asDemo("GET", path, "teacher.kpt", null).body()).contains("KPT only");
        }

        @Test
        void theStudentReadsTheirPlanWithoutPrivateNotesAndMarksAnActionDone() {
            long student = studentId("teacher.kpt", "student.kpt");
            String path = "/api/students/" + student + "/guidance";
            String secret = Platform.unique("secret note");
            asDemo("POST", path + "/sessions", "teacher.kpt", session("API private", secret, true));
            HttpResponse<String> added = asDemo("POST", path + "/actions", "teacher.kpt",
                    "{\"description\": \"Ask two employers about a traineeship\", \"dueOn\": \"" + LocalDate.now().plusDays(14) + "\"}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            long action = json(added).getJsonNumber("id").longValue();

            HttpResponse<String> own = asDemo("GET", path, "student.kpt", null);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).contains("API private").doesNotContain(secret);
            assertThat(asDemo("GET", path, "teacher.kpt", null).body()).contains(secret);

            long version = json(own).getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getJsonNumber("id").longValue() == action).findFirst().orElseThrow()
                    .getJsonNumber("version").longValue();
            HttpResponse<String> done = asDemo("PATCH", path + "/actions/" + action, "student.kpt",
                    "{\"status\": \"DONE\", \"version\": " + version + "}");
            HttpResponse<String> stale = asDemo("PATCH", path + "/actions/" + action, "student.kpt",
                    "{\"status\": \"OPEN\", \"version\": " + version + "}");
            HttpResponse<String> nonsense = asDemo("PATCH", path + "/actions/" + action, "student.kpt", "{\"status\": \"MAYBE\"}");

            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(json(done).getString("status")).isEqualTo("DONE");
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(nonsense.statusCode()).isEqualTo(400);
            assertThat(asDemo("PATCH", path + "/actions/" + action, "student.pljevlja", "{\"status\": \"OPEN\"}").statusCode())
                    .isEqualTo(404);
        }

        @Test
        void twoTeachersSavingGoalsOnAStudentWithoutAPlanAtOnceReplaceNothingUnread() throws Exception {
            long student = studentId("teacher.kpt", Platform.newAccount("STUDENT", "Tiranës", "SQ"));
            String path = "/api/students/" + student + "/guidance";
            long seen = json(asDemo("GET", path, "teacher.kpt", null)).getJsonNumber("planVersion").longValue();
            Callable<HttpResponse<String>> first = () -> asDemo("PUT", path + "/goals", "teacher.kpt",
                    "{\"goals\": \"Hospitality in Spain\", \"version\": " + seen + "}");
            Callable<HttpResponse<String>> second = () -> asDemo("PUT", path + "/goals", "teacher.kpt",
                    "{\"goals\": \"Tourism in Italy\", \"version\": " + seen + "}");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<HttpResponse<String>> saves;
            try {
                saves = pool.invokeAll(List.of(first, second)).stream().map(CounsellingApiIT::answer).toList();
            } finally {
                pool.shutdown();
            }

            assertThat(seen).as("no plan yet").isZero();
            assertThat(saves).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> won = saves.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
            JsonObject after = json(asDemo("GET", path, "teacher.kpt", null));
            assertThat(after.getString("goals")).isEqualTo(json(won).getString("goals"));
            assertThat(after.getJsonNumber("planVersion").longValue()).isEqualTo(json(won).getJsonNumber("planVersion").longValue());
        }

        @Test
        void aChangeOfThePlanOrOfAnActionWithoutTheVersionReadIsRefusedNamingIt() {
            long student = studentId("teacher.kpt", "student.kpt");
            String path = "/api/students/" + student + "/guidance";
            HttpResponse<String> added = asDemo("POST", path + "/actions", "teacher.kpt",
                    "{\"description\": \"Visit the job fair\", \"dueOn\": \"" + LocalDate.now().plusDays(14) + "\"}");
            long action = json(added).getJsonNumber("id").longValue();

            HttpResponse<String> goals = asDemo("PUT", path + "/goals", "teacher.kpt",
                    "{\"goals\": \"Without a version\"}");
            HttpResponse<String> marked = asDemo("PATCH", path + "/actions/" + action, "student.kpt", "{\"status\": \"DONE\"}");

            assertThat(goals.statusCode()).as(goals.body()).isEqualTo(422);
            assertThat(json(goals).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
            assertThat(json(goals).getJsonArray("errors").getJsonObject(0).getString("message"))
                    .isEqualTo(Platform.validationText("_sq", "guidance.plan.version.required"));
            assertThat(marked.statusCode()).as(marked.body()).isEqualTo(422);
            assertThat(json(marked).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
        }

        @Test
        void aSessionOnTheSchoolsTodayIsTakenAndOneOnTheSchoolsTomorrowIsRefusedUnsaved() {
            long student = studentId("teacher.kpt", Platform.newAccount("STUDENT", "Tiranës", "SQ"));
            String path = "/api/students/" + student + "/guidance";
            ZoneId tirana = ZoneId.of("Europe/Tirane");
            LocalDate before = LocalDate.now(tirana);
            LocalDate today = LocalDate.parse(json(asDemo("GET", path, "teacher.kpt", null)).getString("today"));
            assertThat(today).as("the day in Tirana, where the school is").isIn(before, LocalDate.now(tirana));

            HttpResponse<String> held = asDemo("POST", path + "/sessions", "teacher.kpt",
                    "{\"heldOn\": \"" + today + "\", \"topics\": \"Held today at the school\"}");
            HttpResponse<String> ahead = asDemo("POST", path + "/sessions", "teacher.kpt",
                    "{\"heldOn\": \"" + today.plusDays(1) + "\", \"topics\": \"Held tomorrow at the school\"}");

            assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
            assertThat(ahead.statusCode()).as(ahead.body()).isEqualTo(422);
            JsonObject error = json(ahead).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("heldOn");
            assertThat(error.getString("message")).isEqualTo(Platform.serviceText("_sq", "guidance.held_on.future"));
            assertThat(json(asDemo("GET", path, "teacher.kpt", null)).getJsonArray("sessions").getValuesAs(JsonObject.class))
                    .extracting(s -> s.getString("topics")).containsExactly("Held today at the school");
        }

        @Test
        void aSessionWithBlankTopicsAndADayAheadIsOne422NamingBothFields() {
            long student = studentId("teacher.kpt", Platform.newAccount("STUDENT", "Tiranës", "SQ"));
            String path = "/api/students/" + student + "/guidance";
            LocalDate today = LocalDate.parse(json(asDemo("GET", path, "teacher.kpt", null)).getString("today"));

            HttpResponse<String> refused = asDemo("POST", path + "/sessions", "teacher.kpt",
                    "{\"heldOn\": \"" + today.plusDays(2) + "\", \"topics\": \" \"}");

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field"), e -> e.getString("message"))
                    .containsExactly(org.assertj.core.api.Assertions.tuple("heldOn", Platform.serviceText("_sq", "guidance.held_on.future")),
                            org.assertj.core.api.Assertions.tuple("topics", Platform.validationText("_sq", "guidance.topics.required")));
            assertThat(json(asDemo("GET", path, "teacher.kpt", null)).getJsonArray("sessions")).isEmpty();
        }

        @Test
        void anActionDueOnADayPassedAtTheSchoolIsRefusedNamingDueOnAndTodayIsTaken() {
            long student = studentId("teacher.kpt", Platform.newAccount("STUDENT", "Tiranës", "SQ"));
            String path = "/api/students/" + student + "/guidance";
            LocalDate today = LocalDate.parse(json(asDemo("GET", path, "teacher.kpt", null)).getString("today"));

            HttpResponse<String> passed = asDemo("POST", path + "/actions", "teacher.kpt",
                    "{\"description\": \"Due yesterday\", \"dueOn\": \"" + today.minusDays(1) + "\"}");
            HttpResponse<String> due = asDemo("POST", path + "/actions", "teacher.kpt",
                    "{\"description\": \"Due today\", \"dueOn\": \"" + today + "\"}");

            assertThat(passed.statusCode()).as(passed.body()).isEqualTo(422);
            JsonObject error = json(passed).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("dueOn");
            assertThat(error.getString("message")).isEqualTo(Platform.serviceText("_sq", "guidance.due_on.past"));
            assertThat(due.statusCode()).as(due.body()).isEqualTo(201);
            assertThat(json(asDemo("GET", path, "teacher.kpt", null)).getJsonArray("actions").getValuesAs(JsonObject.class))
                    .extracting(a -> a.getString("description")).containsExactly("Due today");
        }

        @Test
        void aStudentIsRefusedTheCaseloadPageAndOpensTheirOwnPlan() {
            HttpResponse<String> caseloadAsStudent = asDemo("GET", "/guidance/caseload.xhtml", "student.kpt", null);

            assertThat(caseloadAsStudent.statusCode()).isEqualTo(403);
            assertThat(asDemo("GET", "/guidance/student.xhtml", "student.kpt", null).statusCode()).isEqualTo(200);
            assertThat(asDemo("GET", "/guidance/caseload.xhtml", "teacher.kpt", null).statusCode()).isEqualTo(200);
            assertThat(asDemo("GET", "/guidance/caseload.xhtml", "school.kpt", null).statusCode()).isEqualTo(200);
        }

        @Test
        void rolesWithoutCounsellingAreRefusedAndInvalidInputNamesTheField() {
            long student = studentId("teacher.kpt", "student.kpt");
            assertThat(asDemo("GET", "/api/students/" + student + "/guidance", "coordinator", null).statusCode()).isEqualTo(403);
            assertThat(asDemo("GET", "/api/students", "partner.es", null).statusCode()).isEqualTo(403);

            HttpResponse<String> markup = asDemo("POST", "/api/students/" + student + "/guidance/sessions", "teacher.kpt",
                    session("<b>CV</b>", null, false));
            assertThat(markup.statusCode()).isEqualTo(422);
            assertThat(markup.body()).contains("topics");
        }
    }

    @Nested
    class Resources {

        @Test
        void theLibraryIsSearchedWithFiltersAndPaged() {
            HttpResponse<String> page = asDemo("GET", "/api/resources?language=SQ&audience=COUNSELLOR&q=intervista&page=0&size=5",
                    "student.kpt", null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonObject body = json(page);
            assertThat(body.getJsonNumber("total").longValue()).isPositive();
            assertThat(body.getJsonArray("items").getValuesAs(JsonObject.class))
                    .allSatisfy(r -> assertThat(r.getString("language")).isEqualTo("SQ"))
                    .allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("PUBLISHED"));
            assertThat(asDemo("GET", "/api/resources?size=0", "student.kpt", null).statusCode()).isEqualTo(400);
        }

        @Test
        void aTeacherAddsADraftWithScriptNeutralisedAndACoordinatorPublishesIt() {
            String title = Platform.unique("API resource");
            HttpResponse<String> created = asDemo("POST", "/api/resources", "teacher.kpt", "{\"title\": " + quoted(title)
                    + ", \"summary\": \"From the API test\", \"kind\": \"TOOL\", \"language\": \"CNR\", \"audiences\": [\"TEACHER\"],"
                    + " \"topics\": [\"api\"], \"body\": \"<p>Kept</p><script>alert(1)</script><img src=x onerror=alert(2)>\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = json(created).getJsonNumber("id").longValue();
            long version = json(created).getJsonNumber("version").longValue();

            JsonObject detail = json(asDemo("GET", "/api/resources/" + id, "teacher.kpt", null));
            assertThat(detail.getString("body")).isEqualTo("<p>Kept</p>");
            assertThat(asDemo("GET", "/api/resources/" + id, "student.kpt", null).statusCode()).isEqualTo(404);
            assertThat(asDemo("POST", "/api/resources/" + id + "/status", "teacher.kpt", "{\"status\": \"PUBLISHED\"}").statusCode())
                    .isEqualTo(403);

            HttpResponse<String> published = asDemo("POST", "/api/resources/" + id + "/status", "coordinator",
                    "{\"status\": \"PUBLISHED\", \"version\": " + version + "}");
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
            assertThat(asDemo("GET", "/api/resources/" + id, "student.kpt", null).statusCode()).isEqualTo(200);
        }

        @Test
        void aFileOfAnotherTypeThanItsNameAndAPlainHttpLinkAreRefusedWithAClearMessage() {
            String fake = Base64.getEncoder().encodeToString("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> file = asDemo("POST", "/api/resources", "teacher.kpt", "{\"title\": \"Fake PDF\","
                    + " \"summary\": \"x\", \"kind\": \"GUIDE\", \"language\": \"EN\", \"audiences\": [\"STUDENT\"],"
                    + " \"file\": {\"name\": \"guide.pdf\", \"base64\": \"" + fake + "\"}}");
            HttpResponse<String> link = asDemo("POST", "/api/resources", "teacher.kpt", "{\"title\": \"Plain link\","
                    + " \"summary\": \"x\", \"kind\": \"LINK\", \"language\": \"EN\", \"audiences\": [\"STUDENT\"],"
                    + " \"link\": \"http://example.org\"}");

            assertThat(file.statusCode()).isEqualTo(422);
            assertThat(file.body()).contains("guide.pdf", "\"file\"");
            assertThat(link.statusCode()).isEqualTo(422);
            assertThat(link.body()).contains("https://", "\"link\"");
            assertThat(asDemo("POST", "/api/resources", "student.kpt", "{\"title\": \"x\"}").statusCode()).isEqualTo(403);
        }

        @Test
        void aDraftWithoutAudienceSummaryOrHttpsLinkIsRefusedWithTheThreeMessagesInTheCallersLanguage() {
            String title = Platform.unique("Three errors");
            HttpResponse<String> refused = asDemo("POST", "/api/resources", "teacher.kpt", "{\"title\": " + quoted(title)
                    + ", \"kind\": \"LINK\", \"language\": \"EN\", \"audiences\": [], \"link\": \"http://example.org\"}");

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("field"), error -> error.getString("message"))
                    .containsExactly(
                            tuple("audiences", Platform.validationText("_sq", "resource.audience.required")),
                            tuple("link", Platform.serviceText("_sq", "resource.link.https")),
                            tuple("summary", Platform.validationText("_sq", "resource.summary.required")));
            assertThat(json(asDemo("GET", "/api/resources?q=" + title.replace(" ", "%20"), "coordinator", null))
                    .getJsonNumber("total").longValue()).isZero();
        }
    }

    @Nested
    class Indicators {

        @Test
        void aMinistrySeesItsCountryWithSmallCountsSuppressedAndTeachersNothing() {
            HttpResponse<String> al = asDemo("GET", "/api/indicators", "ministry.al", null);
            assertThat(al.statusCode()).as(al.body()).isEqualTo(200);
            JsonArray rows = Json.createReader(new StringReader(al.body())).readArray();
            assertThat(rows).isNotEmpty();
            assertThat(rows.getValuesAs(JsonObject.class)).allSatisfy(row -> {
                assertThat(row.getString("country")).isEqualTo("AL");
                String count = row.getString("count");
                if (count.equals("–")) {
                    assertThat(row.getString("area")).as("hidden to protect a small count").startsWith("MOBILITIES_");
                } else {
                    assertThat(count.equals("<5") || Integer.parseInt(count) == 0 || Integer.parseInt(count) >= 5).as(count).isTrue();
                }
            });
            assertThat(asDemo("GET", "/api/indicators", "teacher.kpt", null).statusCode()).isEqualTo(403);
            assertThat(asDemo("GET", "/api/indicators?area=NOPE", "coordinator", null).statusCode()).isEqualTo(400);
        }
    }
}
