package eu.cginternational.service.training;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;
import static eu.cginternational.service.training.ModuleAccess.ruled;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.LearningModule;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.LessonDone;
import eu.cginternational.domain.training.LessonResource;
import eu.cginternational.domain.training.ModuleProgress;
import eu.cginternational.domain.training.Quiz;
import eu.cginternational.domain.training.QuizAttempt;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Learning in a self-paced module. A participant (a person holding a seat of the training) reads its
 * lessons and quizzes with their progress, marks lessons done and takes quizzes, which are scored
 * here; every attempt is kept, failed ones too, and a quiz can be taken again. When the last lesson
 * is done and the last quiz passed, the registration completes through {@link TrainingCompletions},
 * which gives the certificate; so does a seat whose last unfinished item an author removes
 * ({@link #completeFinished}). Authors read the module too, without progress. Anyone else is refused
 * (403); a training that is not self-paced has no module (404).
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER, Role.Names.PARTNER})
public class LearningModules {

    /** The module as the caller sees it: their seat and progress when they are a participant. */
    public record Reading(Training training, LearningModule module, Registration registration, ModuleProgress progress,
            List<QuizAttempt> attempts, boolean author) {

        public boolean isParticipant() {
            return registration != null;
        }

        /** The caller's attempts at a quiz, newest first. */
        public List<QuizAttempt> attemptsAt(Quiz quiz) {
            return attempts.stream().filter(a -> a.getQuiz().equals(quiz)).toList();
        }
    }

    /** A scored attempt and where it leaves the participant. */
    public record Attempted(QuizAttempt attempt, ModuleProgress progress, boolean completed) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    TrainingCompletions completions;

    @Inject
    InputValidator validator;

    /** The module of a self-paced training for a participant or an author. */
    public Reading read(long trainingId) {
        Training training = ModuleAccess.selfPaced(em, trainingId);
        UserAccount caller = callers.getCurrent();
        boolean author = ModuleAccess.isAuthor(caller, training);
        Registration seat = seat(caller, training).orElse(null);
        if (seat == null && !author) {
            throw new AccessDeniedException();
        }
        LearningModule module = ModuleAccess.moduleOf(em, training).orElseGet(() -> new LearningModule(training));
        loadContent(module);
        List<QuizAttempt> attempts = seat == null ? List.of() : attempts(seat);
        ModuleProgress progress = seat == null ? module.progress(List.of(), List.of()) : progress(module, seat, attempts);
        return new Reading(training, module, seat, progress, attempts, author);
    }

    /** The participant marks a lesson done (again: nothing changes); the last item done completes the module. */
    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER})
    public ModuleProgress markDone(long trainingId, long lessonId) {
        Training training = ModuleAccess.lockedSelfPaced(em, trainingId);
        Registration seat = participantSeat(training);
        LearningModule module = ModuleAccess.moduleOf(em, training).orElseThrow(() -> new NotFoundException("module.lesson.not_found", lessonId));
        Lesson lesson = module.lesson(lessonId).orElseThrow(() -> new NotFoundException("module.lesson.not_found", lessonId));
        if (lessonsDone(seat).stream().noneMatch(lesson::equals)) {
            em.persist(new LessonDone(seat, lesson, Instant.now()));
            flushOrReportConflict(em);
        }
        ModuleProgress progress = progress(module, seat, attempts(seat));
        completeIfDone(training, progress);
        return progress;
    }

    /**
     * Scores the participant's answers to a quiz (choice ids by question id) and keeps the attempt.
     * Answers that are not of this quiz, or several for a single-choice question, are refused (422), and so is an
     * empty entry among a question's choices: it is not a choice, and scoring it as no answer would count an attempt
     * the participant did not mean to make.
     */
    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER})
    public Attempted attempt(long trainingId, long quizId, Map<Long, ? extends Set<Long>> answers) {
        Training training = ModuleAccess.lockedSelfPaced(em, trainingId);
        Registration seat = participantSeat(training);
        if (answers != null && answers.values().stream().anyMatch(choices -> choices.stream().anyMatch(Objects::isNull))) {
            throw validator.invalid("answers", "module.answers.choice_missing");
        }
        LearningModule module = ModuleAccess.moduleOf(em, training).orElseThrow(() -> new NotFoundException("module.quiz.not_found", quizId));
        Quiz quiz = module.quiz(quizId).orElseThrow(() -> new NotFoundException("module.quiz.not_found", quizId));
        QuizAttempt attempt = ruled(() -> new QuizAttempt(seat, quiz, quiz.answers(answers == null ? Map.of() : answers),
                Instant.now()));
        em.persist(attempt);
        flushOrReportConflict(em);
        ModuleProgress progress = progress(module, seat, attempts(seat));
        boolean completed = completeIfDone(training, progress);
        return new Attempted(attempt, progress, completed);
    }

    /** A file of a lesson, with its content, for a participant or an author. */
    public LessonResource resource(long trainingId, long resourceId) {
        Reading reading = read(trainingId);
        LessonResource resource = reading.module().resource(resourceId)
                .orElseThrow(() -> new NotFoundException("module.resource.not_found", resourceId));
        resource.getContent();
        return resource;
    }

    /**
     * Completes every seat of the module's training that has finished all its items but not completed:
     * an author has just removed the last item they had not finished ({@link ModuleAuthoring#remove}).
     * Each completes as by their own last step, with a certificate code and a notice. Called in the
     * removal's transaction, with the training locked. The progress of all seats is read in two
     * statements, not two per seat: a training may seat thousands. Returns the seats completed.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOL_ADMIN, Role.Names.PARTNER})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Registration> completeFinished(LearningModule module) {
        Map<Registration, List<Lesson>> lessonsDone = bySeat(em.createQuery("SELECT d.registration, d.lesson FROM LessonDone d"
                        + " WHERE d.registration.training = :training AND d.registration.status = :registered"
                        + " AND d.registration.completedAt IS NULL", Object[].class)
                .setParameter("training", module.getTraining())
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .getResultList(), Lesson.class);
        Map<Registration, List<Quiz>> quizzesPassed = bySeat(em.createQuery("SELECT a.registration, a.quiz"
                        + " FROM QuizAttempt a WHERE a.registration.training = :training AND a.registration.status = :registered"
                        + " AND a.registration.completedAt IS NULL AND a.passed = :passed", Object[].class)
                .setParameter("training", module.getTraining())
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .setParameter("passed", true)
                .getResultList(), Quiz.class);
        // Only a seat that has finished something can be complete.
        return Stream.concat(lessonsDone.keySet().stream(), quizzesPassed.keySet().stream()).distinct()
                .filter(seat -> module.progress(lessonsDone.getOrDefault(seat, List.of()),
                        quizzesPassed.getOrDefault(seat, List.of())).isComplete())
                .map(completions::completeSelfPaced)
                .toList();
    }

    // Helpers -------------------------------------------------------------------------------------

    private boolean completeIfDone(Training training, ModuleProgress progress) {
        if (!progress.isComplete()) {
            return false;
        }
        completions.completeSelfPaced(training.getId());
        return true;
    }

    /** Rows of a seat and one of its items, as each seat's list of items. */
    private static <T> Map<Registration, List<T>> bySeat(List<Object[]> rows, Class<T> type) {
        return rows.stream().collect(Collectors.groupingBy(row -> (Registration) row[0],
                Collectors.mapping(row -> type.cast(row[1]), Collectors.toList())));
    }

    private Registration participantSeat(Training training) {
        return seat(callers.getCurrent(), training).orElseThrow(AccessDeniedException::new);
    }

    private Optional<Registration> seat(UserAccount caller, Training training) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.training = :training AND r.participant = :me"
                        + " AND r.status = :registered", Registration.class)
                .setParameter("training", training)
                .setParameter("me", caller)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .getResultStream().findFirst();
    }

    private static void loadContent(LearningModule module) {
        module.getLessons().forEach(lesson -> lesson.getResources().size());
        module.getQuizzes().forEach(quiz -> quiz.getQuestions().forEach(question -> question.getChoices().size()));
    }

    private List<Lesson> lessonsDone(Registration seat) {
        return em.createQuery("SELECT d.lesson FROM LessonDone d WHERE d.registration = :seat", Lesson.class)
                .setParameter("seat", seat).getResultList();
    }

    private List<QuizAttempt> attempts(Registration seat) {
        return em.createQuery("SELECT a FROM QuizAttempt a WHERE a.registration = :seat ORDER BY a.attemptedAt DESC, a.id DESC",
                        QuizAttempt.class)
                .setParameter("seat", seat).getResultList();
    }

    private ModuleProgress progress(LearningModule module, Registration seat, List<QuizAttempt> attempts) {
        return module.progress(lessonsDone(seat),
                attempts.stream().filter(QuizAttempt::isPassed).map(QuizAttempt::getQuiz).distinct().toList());
    }
}
