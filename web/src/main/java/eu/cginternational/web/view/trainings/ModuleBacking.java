package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.LessonResource;
import eu.cginternational.domain.training.ModuleItem;
import eu.cginternational.domain.training.ModuleProgress;
import eu.cginternational.domain.training.Question;
import eu.cginternational.domain.training.Quiz;
import eu.cginternational.domain.training.QuizAttempt;
import eu.cginternational.domain.training.QuizScore;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.training.LearningModules;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /trainings/module.xhtml?id=...&item=L12}: a self-paced module for its participant: the
 * items with what is finished, the progress, one lesson or quiz at a time (by default the first
 * unfinished one, where the participant left off); a lesson is marked done, a quiz answered and
 * scored by the service. Authors read it here as well and go on to the editor.
 */
@Named
@ViewScoped
public class ModuleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningModules modules;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private String item;
    private LearningModules.Reading reading;
    private ModuleItem current;
    // Faces converts the picked choice ids by the type of the items (Long) or leaves them text: either is read.
    private final Map<Long, Object> single = new HashMap<>();
    private final Map<Long, List<Object>> multiple = new HashMap<>();

    public void load() {
        reading = modules.read(id);
        List<ModuleItem> items = reading.module().getItems();
        current = items.stream().filter(i -> i.getKey().equals(item)).findFirst()
                .or(() -> reading.progress().next())
                .or(() -> items.stream().findFirst())
                .orElse(null);
        if (current instanceof Quiz quiz) {
            quiz.getQuestions().forEach(q -> multiple.put(q.getId(), new ArrayList<>()));
        }
    }

    @ReportsRefusals
    public void markDone() {
        var progress = modules.markDone(id, current.getId());
        Messages.addFlashGlobalInfo(progress.isComplete() ? "module.completed" : "module.lesson_done");
        Faces.redirect("trainings/module.xhtml?id=%s&item=%s", id.toString(),
                progress.next().map(ModuleItem::getKey).orElse(current.getKey()));
    }

    @ReportsRefusals
    public void submitQuiz() {
        Quiz quiz = (Quiz) current;
        Map<Long, Set<Long>> answers = new HashMap<>();
        for (Question question : quiz.getQuestions()) {
            Set<Long> picked = new HashSet<>();
            if (question.isMultiple()) {
                multiple.getOrDefault(question.getId(), List.of()).forEach(choice -> picked.add(Long.valueOf(choice.toString())));
            } else if (single.get(question.getId()) != null && !single.get(question.getId()).toString().isBlank()) {
                picked.add(Long.valueOf(single.get(question.getId()).toString()));
            }
            answers.put(question.getId(), picked);
        }
        LearningModules.Attempted attempted = modules.attempt(id, quiz.getId(), answers);
        QuizScore score = attempted.attempt().getScore();
        if (attempted.completed()) {
            Messages.addFlashGlobalInfo("module.completed");
        } else if (score.passed()) {
            Messages.addFlashGlobalInfo("module.quiz.passed", score.percent(), quiz.getPassMark());
        } else {
            Messages.addFlashGlobalWarn("module.quiz.failed", score.percent(), quiz.getPassMark());
        }
        Faces.redirect("trainings/module.xhtml?id=%s&item=%s", id.toString(), score.passed()
                ? attempted.progress().next().map(ModuleItem::getKey).orElse(quiz.getKey()) : quiz.getKey());
    }

    public void download(long resourceId) throws IOException {
        LessonResource resource = modules.resource(id, resourceId);
        Faces.sendFile(resource.getContent(), resource.getFileName(), true);
    }

    // For the page --------------------------------------------------------------------------------

    public Language getLanguage() {
        return activeUser.getLanguage();
    }

    /** A text of the module in the reader's language. */
    public String text(eu.cginternational.domain.training.LocalizedText text) {
        return text == null ? null : text.in(getLanguage());
    }

    /** A file's size in whole kilobytes, at least 1. */
    public int kilobytes(int bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    public List<ModuleItem> getItems() {
        return reading.module().getItems();
    }

    public boolean isFinished(ModuleItem moduleItem) {
        return reading.progress().isFinished(moduleItem);
    }

    public int getPercent() {
        int total = reading.progress().getTotal();
        return total == 0 ? 0 : reading.progress().getDone() * 100 / total;
    }

    public Lesson getLesson() {
        return current instanceof Lesson lesson ? lesson : null;
    }

    public Quiz getQuiz() {
        return current instanceof Quiz quiz ? quiz : null;
    }

    public List<QuizAttempt> getAttempts() {
        return current instanceof Quiz quiz ? reading.attemptsAt(quiz) : List.of();
    }

    public boolean isCompleted() {
        return reading.registration() != null && reading.registration().isCompleted();
    }

    public Training getTraining() {
        return reading.training();
    }

    public boolean isParticipant() {
        return reading.isParticipant();
    }

    public boolean isAuthor() {
        return reading.author();
    }

    public ModuleProgress getProgress() {
        return reading.progress();
    }

    public ModuleItem getCurrent() {
        return current;
    }

    public Map<Long, Object> getSingle() {
        return single;
    }

    public Map<Long, List<Object>> getMultiple() {
        return multiple;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }
}
