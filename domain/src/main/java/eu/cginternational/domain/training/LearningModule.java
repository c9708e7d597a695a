package eu.cginternational.domain.training;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.training.ModuleRuleException.Rule;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The content of a self-paced training: lessons and quizzes in one order set by its authors. One per
 * training of mode {@link TrainingMode#SELF_PACED}. The module decides how far a participant has
 * come from the lessons they marked done and the quizzes they passed.
 *
 * <p>Changes to lessons and quizzes touch only their own rows; the service moves this module's
 * version with each change, so that two authors editing at once notice each other.
 */
@Entity
@Table(name = "learning_module")
public class LearningModule extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false, unique = true)
    private Training training;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<Quiz> quizzes = new ArrayList<>();

    protected LearningModule() {
        // for JPA
    }

    public LearningModule(Training training) {
        if (!training.isSelfPaced()) {
            throw new ModuleRuleException(Rule.NOT_SELF_PACED);
        }
        this.training = training;
    }

    // Authoring ---------------------------------------------------------------------------------

    public Lesson addLesson(LessonContent content) {
        Lesson lesson = new Lesson(this, nextPosition(), content);
        lessons.add(lesson);
        return lesson;
    }

    public void reviseLesson(Lesson lesson, LessonContent content) {
        requireOwn(lesson);
        lesson.write(content);
    }

    public LessonResource attach(Lesson lesson, ResourceFile file) {
        requireOwn(lesson);
        return lesson.attach(file);
    }

    public void detach(LessonResource resource) {
        requireOwn(resource.getLesson());
        resource.getLesson().detach(resource);
    }

    public Quiz addQuiz(LocalizedText title, int passMark, List<QuestionPlan> questions) {
        Quiz quiz = new Quiz(this, nextPosition(), title, passMark, questions);
        quizzes.add(quiz);
        return quiz;
    }

    public void reviseQuiz(Quiz quiz, LocalizedText title, int passMark, List<QuestionPlan> questions) {
        requireOwn(quiz);
        quiz.write(title, passMark, questions);
    }

    /** Removes a lesson or quiz; those after it move up one place. */
    public void remove(ModuleItem item) {
        requireOwn(item);
        if (item instanceof Lesson lesson) {
            lessons.remove(lesson);
        } else if (item instanceof Quiz quiz) {
            quizzes.remove(quiz);
        }
        renumber(getItems());
    }

    /** Moves an item one place earlier ({@code by} -1) or later (+1); at either end nothing moves. */
    public void move(ModuleItem item, int by) {
        requireOwn(item);
        List<ModuleItem> items = new ArrayList<>(getItems());
        int from = items.indexOf(item);
        int to = from + Integer.signum(by);
        if (to < 0 || to >= items.size()) {
            return;
        }
        Collections.swap(items, from, to);
        renumber(items);
    }

    private static void renumber(List<ModuleItem> inOrder) {
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i) instanceof Lesson lesson) {
                lesson.moveTo(i + 1);
            } else if (inOrder.get(i) instanceof Quiz quiz) {
                quiz.moveTo(i + 1);
            }
        }
    }

    private int nextPosition() {
        return getItems().stream().mapToInt(ModuleItem::getPosition).max().orElse(0) + 1;
    }

    private void requireOwn(ModuleItem item) {
        if (!lessons.contains(item) && !quizzes.contains(item)) {
            throw new ModuleRuleException(Rule.ITEM_NOT_IN_MODULE);
        }
    }

    // Progress ----------------------------------------------------------------------------------

    /** How far a participant has come, from the lessons they marked done and the quizzes they passed. */
    public ModuleProgress progress(Collection<Lesson> lessonsDone, Collection<Quiz> quizzesPassed) {
        Set<ModuleItem> finished = new HashSet<>();
        lessons.stream().filter(lessonsDone::contains).forEach(finished::add);
        quizzes.stream().filter(quizzesPassed::contains).forEach(finished::add);
        return new ModuleProgress(getItems(), finished);
    }

    // Reading -----------------------------------------------------------------------------------

    /** Lessons and quizzes in their order. */
    public List<ModuleItem> getItems() {
        return Stream.concat(lessons.stream(), quizzes.stream())
                .sorted(Comparator.comparingInt(ModuleItem::getPosition))
                .map(ModuleItem.class::cast)
                .toList();
    }

    public Optional<Lesson> lesson(long id) {
        return lessons.stream().filter(l -> l.getId() != null && l.getId() == id).findFirst();
    }

    public Optional<Quiz> quiz(long id) {
        return quizzes.stream().filter(q -> q.getId() != null && q.getId() == id).findFirst();
    }

    public Optional<LessonResource> resource(long id) {
        return lessons.stream().flatMap(l -> l.getResources().stream())
                .filter(r -> r.getId() != null && r.getId() == id).findFirst();
    }

    public Training getTraining() {
        return training;
    }

    public List<Lesson> getLessons() {
        return Collections.unmodifiableList(lessons);
    }

    public List<Quiz> getQuizzes() {
        return Collections.unmodifiableList(quizzes);
    }
}
