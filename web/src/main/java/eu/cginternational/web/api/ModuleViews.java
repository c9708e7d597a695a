package eu.cginternational.web.api;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.LessonResource;
import eu.cginternational.domain.training.ModuleItem;
import eu.cginternational.domain.training.ModuleProgress;
import eu.cginternational.domain.training.Question;
import eu.cginternational.domain.training.Quiz;
import eu.cginternational.domain.training.QuizAttempt;
import eu.cginternational.service.training.LearningModules;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the API shows of a self-paced module, in the reader's language (English where a text has no
 * translation). Quizzes come without their right answers: only the score of an attempt tells.
 */
public final class ModuleViews {

    private ModuleViews() {
    }

    public record Progress(int done, int total, boolean complete, String next, List<String> finished) {
        static Progress of(ModuleProgress p) {
            return new Progress(p.getDone(), p.getTotal(), p.isComplete(), p.next().map(ModuleItem::getKey).orElse(null),
                    p.items().stream().filter(p::isFinished).map(ModuleItem::getKey).toList());
        }
    }

    public record Resource(Long id, String fileName, String contentType, int size) {
        static Resource of(LessonResource r) {
            return new Resource(r.getId(), r.getFileName(), r.getContentType(), r.getSize());
        }
    }

    public record Choice(Long id, String text) {
    }

    public record QuestionView(Long id, String text, boolean multiple, List<Choice> choices) {
        static QuestionView of(Question q, Language language) {
            return new QuestionView(q.getId(), q.getText().in(language), q.isMultiple(),
                    q.getChoices().stream().map(c -> new Choice(c.getId(), c.getText().in(language))).toList());
        }
    }

    public record AttemptView(Long id, Instant attemptedAt, int correct, int questions, int percent, boolean passed) {
        static AttemptView of(QuizAttempt a) {
            return new AttemptView(a.getId(), a.getAttemptedAt(), a.getScore().correct(), a.getScore().questions(),
                    a.getScore().percent(), a.getScore().passed());
        }
    }

    /**
     * A lesson ({@code type} LESSON: body, video, resources) or a quiz ({@code type} QUIZ: pass mark,
     * questions, the caller's attempts newest first); {@code done} for a lesson marked done or a quiz passed.
     */
    public record Item(String key, String type, Long id, int position, String title, boolean done, String body,
            String videoLink, String videoPlatform, List<Resource> resources, Integer passMark,
            List<QuestionView> questions, List<AttemptView> attempts) {

        static Item of(ModuleItem item, LearningModules.Reading reading, Language language) {
            boolean done = reading.progress().isFinished(item);
            if (item instanceof Lesson lesson) {
                return new Item(item.getKey(), "LESSON", item.getId(), item.getPosition(), item.getTitle().in(language), done,
                        lesson.getBody().in(language), lesson.getVideoLink(), lesson.getVideoPlatform().orElse(null),
                        lesson.getResources().stream().map(Resource::of).toList(), null, null, null);
            }
            Quiz quiz = (Quiz) item;
            return new Item(item.getKey(), "QUIZ", item.getId(), item.getPosition(), item.getTitle().in(language), done,
                    null, null, null, null, quiz.getPassMark(),
                    quiz.getQuestions().stream().map(q -> QuestionView.of(q, language)).toList(),
                    reading.attemptsAt(quiz).stream().map(AttemptView::of).toList());
        }
    }

    /**
     * The module as read; {@code version} is what an author names with a change, absent while the training has no
     * module yet (its first lesson or quiz creates it).
     */
    public record Module(Long trainingId, String title, boolean participant, boolean author, boolean completed,
            Long version, Progress progress, List<Item> items) {
        static Module of(LearningModules.Reading reading, Language language) {
            return new Module(reading.training().getId(), reading.training().getTitle(), reading.isParticipant(),
                    reading.author(), reading.registration() != null && reading.registration().isCompleted(),
                    reading.module().getVersion(), Progress.of(reading.progress()),
                    reading.module().getItems().stream().map(item -> Item.of(item, reading, language)).toList());
        }
    }

    /** The body of an attempt: the ids of the picked choices by question id (JSON keys are strings). */
    public static class AttemptRequest {
        private Map<String, List<Long>> answers;

        public Map<String, List<Long>> getAnswers() {
            return answers;
        }

        public void setAnswers(Map<String, List<Long>> answers) {
            this.answers = answers;
        }

        /**
         * The answers by question id; a key that is not a number is a malformed request. An empty entry among the
         * choices stays, for the service to refuse naming the answers.
         */
        Map<Long, Set<Long>> byQuestion() {
            Map<Long, Set<Long>> byQuestion = new HashMap<>();
            if (answers != null) {
                answers.forEach((question, choices) -> {
                    try {
                        byQuestion.put(Long.valueOf(question.trim()),
                                choices == null ? Set.of() : new HashSet<>(choices));
                    } catch (NumberFormatException e) {
                        throw new InvalidRequest("api.request.question_unknown", question);
                    }
                });
            }
            return byQuestion;
        }
    }

    /** A lesson or quiz just added. */
    public record Created(String key, Long id) {
    }

    public record AttemptResult(AttemptView attempt, Progress progress, boolean completed) {
        static AttemptResult of(LearningModules.Attempted attempted) {
            return new AttemptResult(AttemptView.of(attempted.attempt()), Progress.of(attempted.progress()),
                    attempted.completed());
        }
    }
}
