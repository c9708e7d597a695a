package eu.cginternational.domain.training;

import static eu.cginternational.domain.PersistedAs.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.training.ModuleRuleException.Rule;
import eu.cginternational.domain.training.QuestionPlan.ChoicePlan;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LearningModuleTest {

    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true);
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");

    private final Institution provider = withId(new Institution("Mundus", InstitutionType.PROJECT_PARTNER, MONTENEGRO,
            "Podgorica", new GeoPoint(42.44, 19.26)), 11L);

    private Training training(TrainingMode mode, List<SessionPlan> sessions) {
        return new Training(new Training.Description("RIASEC for VET", "Self-paced.", "RIASEC", Language.EN, mode,
                provider, 30, OPENS, OPENS.plusSeconds(86_400 * 60), OPENS.plusSeconds(86_400 * 60), false), sessions);
    }

    private LearningModule module() {
        return new LearningModule(training(TrainingMode.SELF_PACED, List.of()));
    }

    private static LessonContent lesson(String title) {
        return new LessonContent(LocalizedText.english(title), LocalizedText.english("<p>" + title + "</p>"), null);
    }

    private static ChoicePlan right(String text) {
        return new ChoicePlan(LocalizedText.english(text), true);
    }

    private static ChoicePlan wrong(String text) {
        return new ChoicePlan(LocalizedText.english(text), false);
    }

    private static QuestionPlan single(String text, ChoicePlan... choices) {
        return new QuestionPlan(LocalizedText.english(text), false, List.of(choices));
    }

    private static QuestionPlan multiple(String text, ChoicePlan... choices) {
        return new QuestionPlan(LocalizedText.english(text), true, List.of(choices));
    }

    /** A quiz of two questions: the first single choice (B right), the second multiple choice (A and C right). */
    private static Quiz twoQuestions(LearningModule module, int passMark) {
        return module.addQuiz(LocalizedText.english("Check"), passMark, List.of(
                single("Which letter stands for Social?", wrong("R"), right("S"), wrong("C")),
                multiple("Which are interest types?", right("Realistic"), wrong("Punctual"), right("Artistic"))));
    }

    private static Set<Choice> pick(Question question, int... positions) {
        Set<Choice> picked = new java.util.HashSet<>();
        for (int position : positions) {
            picked.add(question.getChoices().get(position - 1));
        }
        return picked;
    }

    @Nested
    class SelfPacedTraining {

        @Test
        void hasNoSessionsAndIsNeverOver() {
            Training training = training(TrainingMode.SELF_PACED, List.of());
            assertThat(training.getSessions()).isEmpty();
            assertThat(training.isOverAt(OPENS.plusSeconds(86_400 * 365))).isFalse();
        }

        @Test
        void refusesSessions() {
            LocalDateTime start = LocalDateTime.of(2026, 4, 1, 9, 0);
            var e = assertThrows(TrainingRuleException.class, () -> training(TrainingMode.SELF_PACED,
                    List.of(new SessionPlan(start, start.plusHours(2), "Europe/Podgorica", "Room 1", null))));
            assertEquals(TrainingRuleException.Rule.SELF_PACED_WITH_SESSIONS, e.getRule());
        }

        @Test
        void aTrainingWithSessionsHasNoModule() {
            LocalDateTime start = LocalDateTime.of(2026, 5, 4, 9, 0);
            Training onSite = training(TrainingMode.ON_SITE,
                    List.of(new SessionPlan(start, start.plusHours(2), "Europe/Podgorica", "Room 1", null)));
            var e = assertThrows(ModuleRuleException.class, () -> new LearningModule(onSite));
            assertEquals(Rule.NOT_SELF_PACED, e.getRule());
        }
    }

    @Nested
    class Order {

        @Test
        void lessonsAndQuizzesShareOneOrder() {
            LearningModule module = module();
            Lesson first = module.addLesson(lesson("Six interest types"));
            Quiz quiz = twoQuestions(module, 50);
            Lesson last = module.addLesson(lesson("From profile to occupations"));
            assertThat(module.getItems()).containsExactly(first, quiz, last);
            assertThat(module.getItems()).extracting(ModuleItem::getPosition).containsExactly(1, 2, 3);
        }

        @Test
        void movingAnItemSwapsItWithItsNeighbourAndRemovingClosesTheGap() {
            LearningModule module = module();
            Lesson first = module.addLesson(lesson("One"));
            Lesson second = module.addLesson(lesson("Two"));
            Quiz quiz = twoQuestions(module, 50);
            module.move(quiz, -1);
            assertThat(module.getItems()).containsExactly(first, quiz, second);
            module.move(first, -1);
            assertThat(module.getItems()).containsExactly(first, quiz, second);
            module.remove(first);
            assertThat(module.getItems()).containsExactly(quiz, second);
            assertThat(module.getItems()).extracting(ModuleItem::getPosition).containsExactly(1, 2);
        }

        @Test
        void anItemOfAnotherModuleIsRefused() {
            Lesson foreign = module().addLesson(lesson("Elsewhere"));
            var e = assertThrows(ModuleRuleException.class, () -> module().reviseLesson(foreign, lesson("Mine")));
            assertEquals(Rule.ITEM_NOT_IN_MODULE, e.getRule());
        }
    }

    @Nested
    class Progress {

        @Test
        void countsLessonsDoneAndQuizzesPassedAndResumesAtTheFirstUnfinished() {
            LearningModule module = module();
            Lesson one = module.addLesson(lesson("One"));
            Lesson two = module.addLesson(lesson("Two"));
            Quiz quiz = twoQuestions(module, 50);
            ModuleProgress progress = module.progress(List.of(two), List.of());
            assertEquals(1, progress.getDone());
            assertEquals(3, progress.getTotal());
            assertThat(progress.next()).contains(one);
            assertThat(progress.isComplete()).isFalse();
            assertThat(module.progress(List.of(one, two), List.of()).next()).contains(quiz);
        }

        @Test
        void isCompleteWhenEveryLessonIsDoneAndEveryQuizPassed() {
            LearningModule module = module();
            Lesson one = module.addLesson(lesson("One"));
            Quiz quiz = twoQuestions(module, 50);
            assertThat(module.progress(List.of(one), List.of()).isComplete()).isFalse();
            ModuleProgress done = module.progress(List.of(one), List.of(quiz));
            assertThat(done.isComplete()).isTrue();
            assertThat(done.next()).isEmpty();
        }

        @Test
        void anEmptyModuleIsNeverComplete() {
            assertThat(module().progress(List.of(), List.of()).isComplete()).isFalse();
        }
    }

    @Nested
    class Scoring {

        @Test
        void aQuestionCountsOnlyWhenExactlyTheRightChoicesArePicked() {
            Quiz quiz = twoQuestions(module(), 100);
            Question social = quiz.getQuestions().get(0);
            Question types = quiz.getQuestions().get(1);
            assertEquals(new QuizScore(2, 2, 100, true), quiz.score(Map.of(social, pick(social, 2), types, pick(types, 1, 3))));
            assertEquals(new QuizScore(1, 2, 50, false), quiz.score(Map.of(social, pick(social, 2), types, pick(types, 1))));
            assertEquals(new QuizScore(1, 2, 50, false),
                    quiz.score(Map.of(social, pick(social, 2), types, pick(types, 1, 2, 3))));
            assertEquals(new QuizScore(0, 2, 0, false), quiz.score(Map.of()));
        }

        @Test
        void thePassMarkIsReachedWithoutRounding() {
            LearningModule module = module();
            Quiz quiz = module.addQuiz(LocalizedText.english("Three"), 67, List.of(
                    single("1", right("a"), wrong("b")), single("2", right("a"), wrong("b")),
                    single("3", right("a"), wrong("b"))));
            List<Question> q = quiz.getQuestions();
            QuizScore twoOfThree = quiz.score(Map.of(q.get(0), pick(q.get(0), 1), q.get(1), pick(q.get(1), 1)));
            assertEquals(66, twoOfThree.percent());
            assertThat(twoOfThree.passed()).isFalse();
        }

        @Test
        void severalAnswersToASingleChoiceQuestionAreRefused() {
            Quiz quiz = twoQuestions(module(), 50);
            Question social = quiz.getQuestions().get(0);
            var e = assertThrows(ModuleRuleException.class, () -> quiz.score(Map.of(social, pick(social, 1, 2))));
            assertEquals(Rule.SEVERAL_ANSWERS_TO_SINGLE_CHOICE, e.getRule());
        }

        @Test
        void answersAreReadByIdAndAChoiceOfAnotherQuestionIsRefused() throws Exception {
            Quiz quiz = twoQuestions(module(), 50);
            long next = 1;
            for (Question question : quiz.getQuestions()) {
                setId(question, next++);
                for (Choice choice : question.getChoices()) {
                    setId(choice, 100 + next++);
                }
            }
            Question social = quiz.getQuestions().get(0);
            Question types = quiz.getQuestions().get(1);
            Long rightOfSocial = social.getChoices().get(1).getId();
            assertThat(quiz.answers(Map.of(social.getId(), Set.of(rightOfSocial))).get(social))
                    .containsExactly(social.getChoices().get(1));
            Long choiceOfTypes = types.getChoices().get(0).getId();
            var e = assertThrows(ModuleRuleException.class, () -> quiz.answers(Map.of(social.getId(), Set.of(choiceOfTypes))));
            assertEquals(Rule.UNKNOWN_ANSWER, e.getRule());
            assertThrows(ModuleRuleException.class, () -> quiz.answers(Map.of(999L, Set.of())));
        }

        @Test
        void anAttemptKeepsItsScoreAndFailedOnesAreRecordedToo() {
            Quiz quiz = twoQuestions(module(), 100);
            Question social = quiz.getQuestions().get(0);
            QuizAttempt failed = new QuizAttempt(null, quiz, Map.of(social, pick(social, 1)), OPENS);
            assertThat(failed.isPassed()).isFalse();
            assertEquals(0, failed.getScore().percent());
        }

        private static void setId(Object entity, long id) throws ReflectiveOperationException {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        }
    }

    @Nested
    class Authoring {

        @Test
        void aQuestionNeedsTwoChoicesAndARightOne() {
            LearningModule module = module();
            var few = assertThrows(ModuleRuleException.class, () -> module.addQuiz(LocalizedText.english("Q"), 50,
                    List.of(single("Only one", right("a")))));
            assertEquals(Rule.TOO_FEW_CHOICES, few.getRule());
            var none = assertThrows(ModuleRuleException.class, () -> module.addQuiz(LocalizedText.english("Q"), 50,
                    List.of(single("None right", wrong("a"), wrong("b")))));
            assertEquals(Rule.NO_CORRECT_CHOICE, none.getRule());
            var several = assertThrows(ModuleRuleException.class, () -> module.addQuiz(LocalizedText.english("Q"), 50,
                    List.of(single("Two right", right("a"), right("b")))));
            assertEquals(Rule.SINGLE_CHOICE_WITH_SEVERAL_CORRECT, several.getRule());
            var mark = assertThrows(ModuleRuleException.class, () -> module.addQuiz(LocalizedText.english("Q"), 0,
                    List.of(single("Fine", right("a"), wrong("b")))));
            assertEquals(Rule.PASS_MARK_OUT_OF_RANGE, mark.getRule());
            assertThat(module.getItems()).isEmpty();
        }

        @Test
        void textsFallBackToEnglish() {
            Lesson lesson = module().addLesson(new LessonContent(new LocalizedText("Interests", "Interesat", null),
                    LocalizedText.english("<p>Body</p>"), null));
            assertEquals("Interesat", lesson.getTitle().in(Language.SQ));
            assertEquals("Interests", lesson.getTitle().in(Language.CNR));
        }

        @Test
        void aVideoLinkIsHttpsOnAKnownPlatform() {
            LearningModule module = module();
            Lesson lesson = module.addLesson(new LessonContent(LocalizedText.english("Video"), LocalizedText.english("<p>x</p>"),
                    "https://www.youtube.com/watch?v=abc123"));
            assertThat(lesson.getVideoPlatform()).contains("YouTube");
            for (String bad : List.of("http://www.youtube.com/watch?v=abc", "https://evil.example.org/v",
                    "javascript:alert(1)", "https://user@vimeo.com/1")) {
                var e = assertThrows(ModuleRuleException.class, () -> module.reviseLesson(lesson,
                        new LessonContent(LocalizedText.english("Video"), LocalizedText.english("<p>x</p>"), bad)));
                assertEquals(Rule.VIDEO_LINK_NOT_ALLOWED, e.getRule());
            }
        }
    }

    @Nested
    class Resources {

        @Test
        void theTypeComesFromTheNameAndTheFirstBytesMustAgree() {
            ResourceFile pdf = ResourceFile.of("C:\\Users\\me\\guide.pdf", "%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII));
            assertEquals("guide.pdf", pdf.fileName());
            assertEquals("application/pdf", pdf.contentType());
            var mismatch = assertThrows(ModuleRuleException.class,
                    () -> ResourceFile.of("guide.pdf", "MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1)));
            assertEquals(Rule.FILE_CONTENT_MISMATCH, mismatch.getRule());
            var type = assertThrows(ModuleRuleException.class, () -> ResourceFile.of("run.exe", new byte[] {1, 2}));
            assertEquals(Rule.FILE_TYPE_NOT_ALLOWED, type.getRule());
            var empty = assertThrows(ModuleRuleException.class, () -> ResourceFile.of("notes.txt", new byte[0]));
            assertEquals(Rule.FILE_EMPTY, empty.getRule());
        }

        @Test
        void aFileAboveTheLimitIsRefused() {
            byte[] big = new byte[ResourceFile.MAX_BYTES + 1];
            big[0] = '%';
            var e = assertThrows(ModuleRuleException.class, () -> ResourceFile.of("big.pdf", big));
            assertEquals(Rule.FILE_TOO_LARGE, e.getRule());
        }

        @Test
        void aLessonKeepsItsFiles() {
            LearningModule module = module();
            Lesson lesson = module.addLesson(lesson("With files"));
            LessonResource notes = module.attach(lesson, ResourceFile.of("notes.txt", "RIASEC".getBytes(StandardCharsets.UTF_8)));
            assertEquals(6, notes.getSize());
            assertEquals("text/plain; charset=UTF-8", notes.getContentType());
            assertThat(lesson.getResources()).containsExactly(notes);
        }
    }
}
