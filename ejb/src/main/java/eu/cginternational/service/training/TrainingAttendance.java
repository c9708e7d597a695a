package eu.cginternational.service.training;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;
import static eu.cginternational.service.training.TrainingRules.ruled;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.training.Attendance;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.error.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The provider's side of a training once it runs: the attendance sheet, marking who was present at
 * each session, and closing the training after its last session, which decides who completed by
 * the training's completion rule (the share of sessions attended) and gives them their certificate.
 *
 * <p>Closing is an explicit action of the provider rather than a timer: attendance is often marked
 * a day or two after the last session, and only the provider knows when the sheet is complete.
 * Only coordinators and the staff of the provider institution reach a training here (see
 * {@link TrainingProviders}); others are refused.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER, Role.Names.PARTNER})
public class TrainingAttendance {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    AuditLog audit;

    @Inject
    TrainingNotices notices;

    /**
     * Feedback on a training: how many rated it and their average rating (0 when nobody did). The comments are many
     * and listed by {@link TrainingRoster}.
     */
    public record FeedbackSummary(long ratings, double average) implements Serializable {
    }

    /** Whether the caller provides the training (may keep its sheet); no refusal, for showing or hiding links. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
            Role.Names.PARTNER})
    public boolean mayProvide(long trainingId) {
        Training training = em.find(Training.class, trainingId);
        return training != null && TrainingProviders.mayProvide(callers.getCurrent(), training);
    }

    /** The attendance sheet's frame: the training and its sessions. Its rows, the seats, are read by {@link TrainingRoster}. */
    public AttendanceSheet sheet(long trainingId) {
        Training training = provided(trainingId, false);
        return new AttendanceSheet(training, training.getSessions());
    }

    /** Marks whether the person holding the seat was present at the session; marking again corrects it. */
    public Attendance mark(long trainingId, long sessionId, long registrationId, boolean present) {
        UserAccount caller = callers.getCurrent();
        Training training = provided(trainingId, true);
        TrainingSession session = training.getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("training.session.not_found", sessionId));
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getTraining().equals(training)) {
            throw new NotFoundException("registration.not_found", registrationId);
        }
        Attendance attendance = ruled(() -> training.markAttendance(session, registration, present, caller, Instant.now()));
        if (attendance.getId() == null) {
            em.persist(attendance);
        }
        flushOrReportConflict(em);
        audit.record(AuditEventType.TRAINING_ATTENDANCE_MARKED, TrainingRegistrations.label(registration),
                (present ? "present" : "absent") + " at session " + sessionId + " " + TrainingRegistrations.whose(registration));
        return attendance;
    }

    /**
     * Closes the training after its last session: everyone holding a seat whose attendance meets the
     * completion rule completes and is told; the attendance no longer changes. Returns who completed.
     */
    public List<Registration> close(long trainingId) {
        Training training = provided(trainingId, true);
        List<Registration> completed = ruled(() -> training.close(Instant.now(), () -> TrainingCompletions.unusedCode(em)));
        flushOrReportConflict(em);
        audit.record(AuditEventType.TRAINING_CLOSED, TrainingCatalogue.label(training),
                completed.size() + " completed of " + training.getSeatsTaken());
        completed.forEach(registration -> TrainingCompletions.announce(audit, notices, registration));
        return completed.stream().sorted(Comparator.comparing(r -> r.getParticipant().getFullName())).toList();
    }

    /** The participants' ratings of the training: how many rated it and their average. */
    public FeedbackSummary feedback(long trainingId) {
        Training training = provided(trainingId, false);
        Object[] row = em.createQuery("SELECT COUNT(r.feedbackRating), SUM(r.feedbackRating) FROM Registration r"
                        + " WHERE r.training = :training AND r.feedbackRating IS NOT NULL", Object[].class)
                .setParameter("training", training).getSingleResult();
        long count = ((Number) row[0]).longValue();
        // The sum, not AVG: Derby averages whole numbers into a whole number.
        return new FeedbackSummary(count, count == 0 ? 0 : ((Number) row[1]).doubleValue() / count);
    }

    private Training provided(long trainingId, boolean lock) {
        return TrainingProviders.provided(em, callers.getCurrent(), trainingId, lock);
    }
}
