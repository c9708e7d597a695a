package eu.cginternational.service.training;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;
import static eu.cginternational.service.training.ModuleAccess.ruled;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.training.LearningModule;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.LessonResource;
import eu.cginternational.domain.training.ModuleItem;
import eu.cginternational.domain.training.Quiz;
import eu.cginternational.domain.training.ResourceFile;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * Building a self-paced module: its authors (the coordinator and the provider institution's staff,
 * see {@link ModuleAccess}) add, change, reorder and remove lessons and quizzes and attach files to
 * lessons. Rich text is sanitised here before it is saved. Each change is made against the module's
 * version the author saw and moves that version, so that two authors do not overwrite each other
 * unnoticed. Only the first lesson or quiz, which creates the module, has no version to name: once
 * the module exists, a change without the version read is refused as incomplete, not taken as one
 * made on the latest state. A lesson someone has marked done, or a
 * quiz someone has attempted, stays: removing it would rewrite their progress. Removing another item
 * can finish the module for those who have done everything else: they complete with the removal.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOL_ADMIN, Role.Names.PARTNER})
public class ModuleAuthoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    LearningModules modules;

    public Lesson addLesson(long trainingId, Long version, LessonDraft draft) {
        validator.validate(draft);
        LearningModule module = editable(trainingId, version);
        Lesson lesson = ruled(() -> module.addLesson(draft.content()));
        return saved(module, lesson, "lesson added");
    }

    public Lesson reviseLesson(long trainingId, Long version, long lessonId, LessonDraft draft) {
        validator.validate(draft);
        LearningModule module = editable(trainingId, version);
        Lesson lesson = lesson(module, lessonId);
        ruled(() -> {
            module.reviseLesson(lesson, draft.content());
            return lesson;
        });
        return saved(module, lesson, "lesson changed");
    }

    /** Attaches an uploaded file to a lesson; its type and size are checked, its content kept in the database. */
    public LessonResource attach(long trainingId, Long version, long lessonId, String fileName, byte[] content) {
        LearningModule module = editable(trainingId, version);
        Lesson lesson = lesson(module, lessonId);
        LessonResource resource = ruled(() -> module.attach(lesson, ResourceFile.of(fileName, content)));
        saved(module, lesson, "file " + resource.getFileName() + " attached");
        return resource;
    }

    public void detach(long trainingId, Long version, long resourceId) {
        LearningModule module = editable(trainingId, version);
        LessonResource resource = module.resource(resourceId)
                .orElseThrow(() -> new NotFoundException("module.resource.not_found", resourceId));
        module.detach(resource);
        saved(module, resource.getLesson(), "file " + resource.getFileName() + " removed");
    }

    public Quiz addQuiz(long trainingId, Long version, QuizDraft draft) {
        validator.validate(draft);
        LearningModule module = editable(trainingId, version);
        Quiz quiz = ruled(() -> module.addQuiz(draft.title(), draft.getPassMark(), draft.plans()));
        return saved(module, quiz, "quiz added");
    }

    /** Changes a quiz; attempts already made keep the score they got. */
    public Quiz reviseQuiz(long trainingId, Long version, long quizId, QuizDraft draft) {
        validator.validate(draft);
        LearningModule module = editable(trainingId, version);
        Quiz quiz = quiz(module, quizId);
        ruled(() -> {
            module.reviseQuiz(quiz, draft.title(), draft.getPassMark(), draft.plans());
            return quiz;
        });
        return saved(module, quiz, "quiz changed");
    }

    /** Moves a lesson or quiz ({@code key} L12 or Q3) one place earlier (-1) or later (+1). */
    public void move(long trainingId, Long version, String key, int by) {
        LearningModule module = editable(trainingId, version);
        ModuleItem item = item(module, key);
        module.move(item, by);
        saved(module, item, "moved " + (by < 0 ? "up" : "down"));
    }

    /**
     * Removes a lesson or quiz nobody has done or attempted yet. Whoever had finished every other item
     * has now finished the module and completes, with a certificate and a notice, as by their own last
     * step. The training is locked first, as a participant's step locks it (see
     * {@link ModuleAccess#lockedSelfPaced}).
     */
    public void remove(long trainingId, Long version, String key) {
        LearningModule module = editable(ModuleAccess.lockedSelfPaced(em, trainingId), version);
        ModuleItem item = item(module, key);
        String query = item instanceof Lesson ? "SELECT COUNT(d) FROM LessonDone d WHERE d.lesson = :item"
                : "SELECT COUNT(a) FROM QuizAttempt a WHERE a.quiz = :item";
        if (em.createQuery(query, Long.class).setParameter("item", item).getSingleResult() > 0) {
            throw new RejectedException("module.item_in_use");
        }
        module.remove(item);
        saved(module, item, "removed");
        modules.completeFinished(module);
    }

    // Helpers -------------------------------------------------------------------------------------

    /**
     * The module of the training, created on the first change, locked and checked against the version seen; once it
     * exists the version is required.
     */
    private LearningModule editable(long trainingId, Long version) {
        return editable(ModuleAccess.selfPaced(em, trainingId), version);
    }

    private LearningModule editable(Training training, Long version) {
        if (!ModuleAccess.isAuthor(callers.getCurrent(), training)) {
            throw new AccessDeniedException();
        }
        LearningModule module = ModuleAccess.moduleOf(em, training).orElse(null);
        if (module == null) {
            module = new LearningModule(training);
            em.persist(module);
            return module;
        }
        validator.validate(new VersionSeen(version));
        em.lock(module, LockModeType.PESSIMISTIC_WRITE);
        if (!Objects.equals(version, module.getVersion())) {
            throw new ConcurrentChangeException();
        }
        return module;
    }

    /** The version of the module the author read, required once there is a module to have read. */
    record VersionSeen(@NotNull(message = "{module.version.required}") Long version) {
    }

    private <T extends ModuleItem> T saved(LearningModule module, T item, String what) {
        if (!module.isNew()) {
            em.lock(module, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        flushOrReportConflict(em);
        audit.record(AuditEventType.TRAINING_MODULE_CHANGED, TrainingCatalogue.label(module.getTraining()),
                item.getKey() + " " + what);
        return item;
    }

    private static Lesson lesson(LearningModule module, long lessonId) {
        return module.lesson(lessonId).orElseThrow(() -> new NotFoundException("module.lesson.not_found", lessonId));
    }

    private static Quiz quiz(LearningModule module, long quizId) {
        return module.quiz(quizId).orElseThrow(() -> new NotFoundException("module.quiz.not_found", quizId));
    }

    private static ModuleItem item(LearningModule module, String key) {
        try {
            long id = Long.parseLong(key.substring(1));
            return switch (key.charAt(0)) {
                case 'L' -> lesson(module, id);
                case 'Q' -> quiz(module, id);
                default -> throw new NotFoundException("module.item.not_found", key);
            };
        } catch (NumberFormatException | IndexOutOfBoundsException | NullPointerException e) {
            throw new NotFoundException("module.item.not_found", String.valueOf(key));
        }
    }
}
