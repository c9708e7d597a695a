package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Self-paced modules through the REST API: authors build one, a participant reads it without the right
 * answers, marks lessons done and takes the quiz (failing, then passing), which completes the
 * registration; others are refused with 403, unknown things answer 404, malformed answers 422.
 */
class ModuleApiIT {

    /** A self-paced training of Mundus made by the coordinator, open for registration; returns its id. */
    static long createSelfPacedTraining(String title) {
        return createSelfPacedTraining(title, "Mundus");
    }

    /** The same, provided by the first institution whose name holds {@code provider} (one word, as it goes in an address). */
    static long createSelfPacedTraining(String title, String provider) {
        HttpResponse<String> created = asDemo("POST", "/api/trainings", "coordinator", trainingBody(title, "[]", provider));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private static String trainingBody(String title, String sessions) {
        return trainingBody(title, sessions, "Mundus");
    }

    private static String trainingBody(String title, String sessions, String provider) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonObject institution = json(asDemo("GET", "/api/institutions?name=" + provider, "coordinator", null))
                .getJsonArray("items").getJsonObject(0);
        return "{\"title\": " + quoted(title) + ", \"description\": \"A self-paced module made by a test.\","
                + " \"topics\": \"RIASEC\", \"language\": \"EN\", \"mode\": \"SELF_PACED\","
                + " \"providerId\": " + institution.getJsonNumber("id") + ", \"capacity\": 50,"
                + " \"registrationOpens\": \"" + now.minus(Duration.ofDays(1)) + "\","
                + " \"registrationCloses\": \"" + now.plus(Duration.ofDays(60)) + "\","
                + " \"cancellationDeadline\": \"" + now.plus(Duration.ofDays(60)) + "\","
                + " \"nominationRequired\": false, \"sessions\": " + sessions + "}";
    }

    /** Adds two lessons (the first in English and Albanian, with a script to strip) and a quiz of two questions. */
    static void buildModule(long training) {
        HttpResponse<String> first = asDemo("POST", "/api/trainings/" + training + "/module/lessons", "coordinator",
                "{\"titleEn\": \"Six interest types\", \"titleSq\": \"Gjashtë llojet e interesave\","
                        + " \"bodyEn\": \"<p>Holland named six types.</p><script>alert(1)</script>\","
                        + " \"bodySq\": \"<p>Holland përshkroi gjashtë lloje.</p>\","
                        + " \"videoLink\": \"https://vimeo.com/76979871\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> second = asDemo("POST", "/api/trainings/" + training + "/module/lessons?version="
                + moduleVersion(training), "coordinator",
                "{\"titleEn\": \"From profile to occupations\", \"bodyEn\": \"<p>Open the occupation explorer.</p>\"}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        HttpResponse<String> quiz = asDemo("POST", "/api/trainings/" + training + "/module/quizzes?version="
                + moduleVersion(training), "coordinator",
                "{\"titleEn\": \"Check\", \"passMark\": 100, \"questions\": ["
                        + "{\"textEn\": \"Which type prefers helping people?\", \"multiple\": false, \"choices\": ["
                        + "{\"textEn\": \"Realistic\", \"correct\": false}, {\"textEn\": \"Social\", \"correct\": true}]},"
                        + "{\"textEn\": \"Which statements are true?\", \"multiple\": true, \"choices\": ["
                        + "{\"textEn\": \"It describes interests\", \"correct\": true},"
                        + "{\"textEn\": \"It is a verdict\", \"correct\": false},"
                        + "{\"textEn\": \"It starts a conversation\", \"correct\": true}]}]}");
        assertThat(quiz.statusCode()).as(quiz.body()).isEqualTo(201);
    }

    /** The version of the training's module as its author reads it, named by every change after the first. */
    static long moduleVersion(long training) {
        return json(asDemo("GET", "/api/trainings/" + training + "/module", "coordinator", null)).getJsonNumber("version")
                .longValue();
    }

    private static long choice(JsonObject question, String text) {
        return question.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("text").equals(text)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String answers(JsonObject q1, List<Long> first, JsonObject q2, List<Long> second) {
        return "{\"answers\": {\"" + q1.getJsonNumber("id") + "\": " + first + ", \"" + q2.getJsonNumber("id") + "\": "
                + second + "}}";
    }

    @Test
    void aParticipantLearnsFailsOncePassesAndCompletes() {
        long training = createSelfPacedTraining(Platform.unique("API module"));
        buildModule(training);
        String base = "/api/trainings/" + training + "/module";
        HttpResponse<String> registered = asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.lutfimusiqi", "{}");
        assertThat(json(registered).getString("status")).isEqualTo("REGISTERED");

        JsonObject module = json(asDemo("GET", base, "teacher.lutfimusiqi", null));
        List<JsonObject> items = module.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("type")).containsExactly("LESSON", "LESSON", "QUIZ");
        // teacher.lutfimusiqi reads Albanian; the second lesson has no Albanian title and falls back to English.
        assertThat(items.get(0).getString("title")).isEqualTo("Gjashtë llojet e interesave");
        assertThat(items.get(1).getString("title")).isEqualTo("From profile to occupations");
        assertThat(items.get(0).getString("body")).isEqualTo("<p>Holland përshkroi gjashtë lloje.</p>");
        assertThat(items.get(0).getString("videoPlatform")).isEqualTo("Vimeo");
        assertThat(module.toString()).doesNotContain("script", "correct");
        assertThat(module.getJsonObject("progress").getInt("done")).isZero();
        assertThat(module.getJsonObject("progress").getString("next")).isEqualTo(items.get(0).getString("key"));

        long lesson1 = items.get(0).getJsonNumber("id").longValue();
        long lesson2 = items.get(1).getJsonNumber("id").longValue();
        long quiz = items.get(2).getJsonNumber("id").longValue();
        JsonObject progress = json(asDemo("POST", base + "/lessons/" + lesson1 + "/done", "teacher.lutfimusiqi", null));
        assertThat(progress.getInt("done")).isEqualTo(1);
        assertThat(progress.getInt("total")).isEqualTo(3);
        assertThat(progress.getString("next")).isEqualTo(items.get(1).getString("key"));
        asDemo("POST", base + "/lessons/" + lesson2 + "/done", "teacher.lutfimusiqi", null);

        List<JsonObject> questions = items.get(2).getJsonArray("questions").getValuesAs(JsonObject.class);
        JsonObject q1 = questions.get(0);
        JsonObject q2 = questions.get(1);
        HttpResponse<String> failed = asDemo("POST", base + "/quizzes/" + quiz + "/attempts", "teacher.lutfimusiqi",
                answers(q1, List.of(choice(q1, "Social")), q2, List.of(choice(q2, "It describes interests"))));
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(201);
        assertThat(json(failed).getJsonObject("attempt").getInt("percent")).isEqualTo(50);
        assertThat(json(failed).getJsonObject("attempt").getBoolean("passed")).isFalse();
        assertThat(json(failed).getBoolean("completed")).isFalse();

        HttpResponse<String> mixedUp = asDemo("POST", base + "/quizzes/" + quiz + "/attempts", "teacher.lutfimusiqi",
                answers(q1, List.of(choice(q2, "It is a verdict")), q2, List.of()));
        assertThat(mixedUp.statusCode()).as(mixedUp.body()).isEqualTo(422);
        HttpResponse<String> twoForOne = asDemo("POST", base + "/quizzes/" + quiz + "/attempts", "teacher.lutfimusiqi",
                answers(q1, List.of(choice(q1, "Social"), choice(q1, "Realistic")), q2, List.of()));
        assertThat(twoForOne.statusCode()).isEqualTo(422);

        HttpResponse<String> passed = asDemo("POST", base + "/quizzes/" + quiz + "/attempts", "teacher.lutfimusiqi",
                answers(q1, List.of(choice(q1, "Social")), q2,
                        List.of(choice(q2, "It describes interests"), choice(q2, "It starts a conversation"))));
        assertThat(passed.statusCode()).isEqualTo(201);
        assertThat(json(passed).getJsonObject("attempt").getBoolean("passed")).isTrue();
        assertThat(json(passed).getBoolean("completed")).isTrue();

        JsonObject after = json(asDemo("GET", base, "teacher.lutfimusiqi", null));
        assertThat(after.getBoolean("completed")).isTrue();
        assertThat(after.getJsonObject("progress").getBoolean("complete")).isTrue();
        assertThat(after.getJsonArray("items").getJsonObject(2).getJsonArray("attempts")).hasSize(2);
    }

    /**
     * The first lesson creates the module and has no version to name; every change after it names the version read,
     * and one that leaves it out is incomplete (422 naming version), not taken as made on whatever stands now.
     */
    @Test
    void everyChangeAfterTheFirstLessonNamesTheVersionRead() {
        long training = createSelfPacedTraining(Platform.unique("API module versions"));
        String base = "/api/trainings/" + training + "/module";
        assertThat(json(asDemo("GET", base, "coordinator", null)).get("version")).isIn(null, jakarta.json.JsonValue.NULL);
        HttpResponse<String> first = asDemo("POST", base + "/lessons", "coordinator",
                "{\"titleEn\": \"First\", \"bodyEn\": \"<p>One.</p>\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        long read = moduleVersion(training);

        HttpResponse<String> lessonWithout = asDemo("POST", base + "/lessons", "coordinator",
                "{\"titleEn\": \"Second\", \"bodyEn\": \"<p>Two.</p>\"}");
        HttpResponse<String> quizWithout = asDemo("POST", base + "/quizzes", "coordinator",
                "{\"titleEn\": \"Check\", \"passMark\": 100, \"questions\": [{\"textEn\": \"Which?\", \"multiple\": false,"
                        + " \"choices\": [{\"textEn\": \"This\", \"correct\": true}, {\"textEn\": \"That\", \"correct\": false}]}]}");

        for (HttpResponse<String> refused : List.of(lessonWithout, quizWithout)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonObject error = json(refused).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("version");
            assertThat(error.getString("message")).isEqualTo(Platform.validationText("", "module.version.required"));
        }
        assertThat(moduleVersion(training)).isEqualTo(read);
        assertThat(json(asDemo("GET", base, "coordinator", null)).getJsonArray("items")).hasSize(1);
        HttpResponse<String> stale = asDemo("POST", base + "/lessons?version=" + (read - 1), "coordinator",
                "{\"titleEn\": \"Second\", \"bodyEn\": \"<p>Two.</p>\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        HttpResponse<String> named = asDemo("POST", base + "/lessons?version=" + read, "coordinator",
                "{\"titleEn\": \"Second\", \"bodyEn\": \"<p>Two.</p>\"}");
        assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
        assertThat(moduleVersion(training)).isGreaterThan(read);
    }

    /** A new self-paced training with the module of {@link #buildModule}, teacher.pljevlja registered: its id. */
    private static long moduleWithTeacherPljevlja(String title) {
        long training = createSelfPacedTraining(title);
        buildModule(training);
        asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.pljevlja", "{}");
        return training;
    }

    /** A list of answers with an empty entry is malformed, not an unanswered question: refused naming answers. */
    @Test
    void anAnswerListWithAnEmptyEntryIsRefusedNamingAnswers() {
        String base = "/api/trainings/" + moduleWithTeacherPljevlja(Platform.unique("API module empty answer")) + "/module";
        JsonObject quiz = json(asDemo("GET", base, "teacher.pljevlja", null)).getJsonArray("items").getJsonObject(2);
        List<JsonObject> questions = quiz.getJsonArray("questions").getValuesAs(JsonObject.class);

        HttpResponse<String> refused = asDemo("POST", base + "/quizzes/" + quiz.getJsonNumber("id") + "/attempts",
                "teacher.pljevlja", "{\"answers\": {\"" + questions.get(0).getJsonNumber("id") + "\": [null], \""
                        + questions.get(1).getJsonNumber("id") + "\": [" + choice(questions.get(1), "It describes interests") + "]}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonObject error = json(refused).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("answers");
        assertThat(error.getString("message")).isEqualTo(Platform.serviceText("_sr_Latn_ME", "module.answers.choice_missing"));
        assertThat(json(asDemo("GET", base, "teacher.pljevlja", null)).getJsonArray("items").getJsonObject(2)
                .getJsonArray("attempts")).isEmpty();
    }

    /**
     * A question may be left unanswered, as on the page, where a quiz is submitted without picking anything for it: left
     * out, answered [] or null, it is scored the same, as not right.
     */
    @Test
    void aQuestionAnsweredNullIsUnansweredAsOneLeftOutOrAnsweredWithNoChoice() {
        String base = "/api/trainings/" + moduleWithTeacherPljevlja(Platform.unique("API module unanswered")) + "/module";
        JsonObject quiz = json(asDemo("GET", base, "teacher.pljevlja", null)).getJsonArray("items").getJsonObject(2);
        JsonObject q1 = quiz.getJsonArray("questions").getJsonObject(0);
        JsonObject q2 = quiz.getJsonArray("questions").getJsonObject(1);
        String rightSecond = "\"" + q2.getJsonNumber("id") + "\": "
                + List.of(choice(q2, "It describes interests"), choice(q2, "It starts a conversation"));
        String attempts = base + "/quizzes/" + quiz.getJsonNumber("id") + "/attempts";

        for (String first : List.of("null", "[]", "")) {
            String body = "{\"answers\": {" + (first.isEmpty() ? "" : "\"" + q1.getJsonNumber("id") + "\": " + first + ", ")
                    + rightSecond + "}}";
            HttpResponse<String> scored = asDemo("POST", attempts, "teacher.pljevlja", body);
            assertThat(scored.statusCode()).as(body + " " + scored.body()).isEqualTo(201);
            assertThat(json(scored).getJsonObject("attempt").getInt("percent")).as(body).isEqualTo(50);
        }
    }

    @Test
    void othersAreRefusedAndUnknownThingsAreNotFound() {
        long training = createSelfPacedTraining(Platform.unique("API module access"));
        buildModule(training);
        String base = "/api/trainings/" + training + "/module";
        JsonObject module = json(asDemo("GET", base, "coordinator", null));
        assertThat(module.getBoolean("author")).isTrue();
        long quiz = module.getJsonArray("items").getJsonObject(2).getJsonNumber("id").longValue();
        long lesson = module.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        assertThat(asDemo("GET", base, "teacher.pljevlja", null).statusCode()).isEqualTo(403);
        assertThat(asDemo("POST", base + "/quizzes/" + quiz + "/attempts", "teacher.pljevlja", "{\"answers\": {}}")
                .statusCode()).isEqualTo(403);
        assertThat(asDemo("POST", base + "/lessons/" + lesson + "/done", "teacher.pljevlja", null).statusCode()).isEqualTo(403);
        assertThat(asDemo("GET", base, "student.kpt", null).statusCode()).isEqualTo(403);
        assertThat(asDemo("POST", base + "/lessons", "school.pljevlja", "{\"titleEn\": \"x\", \"bodyEn\": \"<p>x</p>\"}")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> scriptTitle = asDemo("POST", base + "/lessons", "coordinator",
                "{\"titleEn\": \"<script>alert(1)</script>\", \"bodyEn\": \"<p>x</p>\"}");
        assertThat(scriptTitle.statusCode()).isEqualTo(422);
        HttpResponse<String> badVideo = asDemo("POST", base + "/lessons", "coordinator",
                "{\"titleEn\": \"Video\", \"bodyEn\": \"<p>x</p>\", \"videoLink\": \"javascript:alert(1)\"}");
        assertThat(badVideo.statusCode()).isEqualTo(422);

        asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.pljevlja", "{}");
        assertThat(asDemo("POST", base + "/lessons/999999999/done", "teacher.pljevlja", null).statusCode()).isEqualTo(404);
        assertThat(asDemo("GET", "/api/trainings/999999999/module", "teacher.pljevlja", null).statusCode()).isEqualTo(404);
        long withSessions = TrainingApiIT.createTraining(Platform.unique("API sessions"), 5, Duration.ofDays(25), false);
        assertThat(asDemo("GET", "/api/trainings/" + withSessions + "/module", "coordinator", null).statusCode()).isEqualTo(404);
        LocalDateTime start = LocalDateTime.now().plusDays(40).truncatedTo(ChronoUnit.HOURS).withHour(9);
        HttpResponse<String> selfPacedWithSessions = asDemo("POST", "/api/trainings", "coordinator",
                trainingBody(Platform.unique("API self-paced sessions"), "[{\"start\": \"" + start + "\","
                        + " \"end\": \"" + start.plusHours(2) + "\", \"timeZone\": \"Europe/Podgorica\", \"place\": \"Room 1\"}]"));
        assertThat(selfPacedWithSessions.statusCode()).isEqualTo(422);
        assertThat(selfPacedWithSessions.body()).contains(text("", "training.rule.SELF_PACED_WITH_SESSIONS"));
    }
}
