package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.LocalizedText;
import eu.cginternational.domain.training.ModuleItem;
import eu.cginternational.domain.training.Quiz;
import eu.cginternational.domain.training.ResourceFile;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.training.LearningModules;
import eu.cginternational.service.training.LessonDraft;
import eu.cginternational.service.training.ModuleAuthoring;
import eu.cginternational.service.training.QuizDraft;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /trainings/module-edit.xhtml?id=...}: the page editor of a self-paced module for its
 * authors. The items in their order with up, down and remove; one form for a lesson (titles and
 * HTML in three languages, a video link, files) or a quiz (title, pass mark, questions with choices),
 * new or taken from an item. Every change is one service call against the module version this page
 * read; the page then reloads.
 */
@Named
@ViewScoped
public class ModuleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningModules modules;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private Long openLesson;
    private LearningModules.Reading reading;
    private Long version;
    private Long lessonId;
    private Long quizId;
    private LessonDraft lesson;
    private QuizDraft quiz;
    private transient Part upload;

    public void load() {
        reading = modules.read(id);
        if (!reading.author()) {
            throw new AccessDeniedException();
        }
        version = reading.module().getVersion();
        if (openLesson != null) {
            reading.module().lesson(openLesson).ifPresent(this::editLesson);
        }
    }

    // Lessons -------------------------------------------------------------------------------------

    public void newLesson() {
        lesson = new LessonDraft();
        lessonId = null;
        quiz = null;
    }

    public void editLesson(Lesson chosen) {
        lesson = LessonDraft.of(chosen);
        lessonId = chosen.getId();
        quiz = null;
    }

    @ReportsRefusals
    public void saveLesson() {
        if (lessonId == null) {
            authoring.addLesson(id, version, lesson);
        } else {
            authoring.reviseLesson(id, version, lessonId, lesson);
        }
        saved("module.saved");
    }

    @ReportsRefusals
    public void attach() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.addGlobalError("module.rule.FILE_EMPTY");
            return;
        }
        if (upload.getSize() > ResourceFile.MAX_BYTES) {
            Messages.addGlobalError("module.rule.FILE_TOO_LARGE", ResourceFile.MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            authoring.attach(id, version, lessonId, upload.getSubmittedFileName(), content.readAllBytes());
        }
        savedFiles("module.file_attached");
    }

    @ReportsRefusals
    public void detach(long resourceId) {
        authoring.detach(id, version, resourceId);
        savedFiles("module.saved");
    }

    // Quizzes -------------------------------------------------------------------------------------

    public void newQuiz() {
        quiz = new QuizDraft();
        addQuestion();
        quizId = null;
        lesson = null;
    }

    public void editQuiz(Quiz chosen) {
        quiz = QuizDraft.of(chosen);
        quizId = chosen.getId();
        lesson = null;
    }

    public void addQuestion() {
        QuizDraft.QuestionDraft question = new QuizDraft.QuestionDraft();
        question.getChoices().add(new QuizDraft.ChoiceDraft());
        question.getChoices().add(new QuizDraft.ChoiceDraft());
        question.getChoices().add(new QuizDraft.ChoiceDraft());
        quiz.getQuestions().add(question);
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < quiz.getQuestions().size()) {
            quiz.getQuestions().remove(index);
        }
    }

    public void addChoice(QuizDraft.QuestionDraft question) {
        question.getChoices().add(new QuizDraft.ChoiceDraft());
    }

    @ReportsRefusals
    public void saveQuiz() {
        if (quizId == null) {
            authoring.addQuiz(id, version, quiz);
        } else {
            authoring.reviseQuiz(id, version, quizId, quiz);
        }
        saved("module.saved");
    }

    // Order ---------------------------------------------------------------------------------------

    @ReportsRefusals
    public void move(ModuleItem item, int by) {
        authoring.move(id, version, item.getKey(), by);
        saved("module.saved");
    }

    @ReportsRefusals
    public void remove(ModuleItem item) {
        authoring.remove(id, version, item.getKey());
        saved("module.removed");
    }

    private void saved(String message) {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect("trainings/module-edit.xhtml?id=%s", id.toString());
    }

    /** After a change to a lesson's files the lesson stays open, so that its author sees the list as it is now. */
    private void savedFiles(String message) {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect("trainings/module-edit.xhtml?id=%s&lesson=%s", id.toString(), lessonId.toString());
    }

    // For the page --------------------------------------------------------------------------------

    /** An item's title in the author's language (English where it has none). */
    public String text(LocalizedText text) {
        return text == null ? null : text.in(getLanguage());
    }

    public Language getLanguage() {
        return activeUser.getLanguage();
    }

    public List<ModuleItem> getItems() {
        return reading.module().getItems();
    }

    public boolean isLesson(ModuleItem item) {
        return item instanceof Lesson;
    }

    public Training getTraining() {
        return reading.training();
    }

    /** The lesson being changed, for its files; null while writing a new one. */
    public Lesson getEditingLesson() {
        return lessonId == null ? null : reading.module().lesson(lessonId).orElse(null);
    }

    public LessonDraft getLesson() {
        return lesson;
    }

    public QuizDraft getQuiz() {
        return quiz;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Long getQuizId() {
        return quizId;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getAllowedFiles() {
        return ResourceFile.ALLOWED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOpenLesson() {
        return openLesson;
    }

    public void setOpenLesson(Long openLesson) {
        this.openLesson = openLesson;
    }
}
