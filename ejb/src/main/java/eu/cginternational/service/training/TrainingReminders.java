package eu.cginternational.service.training;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.TrainingSession;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds everyone holding a seat, by a notice and an e-mail through the outbox, a few days
 * ({@code cg.training.reminder-days}, 3 unless configured) before the first session of their
 * training. Once per registration: the reminder is recorded on it, each in a transaction of its own
 * with the registration locked, so that a second run or a second server does not remind again; a
 * first session moved to another moment clears it (Training.planSessions), and the new one is reminded.
 * Runs every hour, so that a server that was down catches up. Each run goes through all candidates, a batch
 * after the other: a large training does not keep the reminders of others for a later run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class TrainingReminders {

    private static final int BATCH = 500;
    /** Session times are wall-clock times of their zone: the widest offset, either way, to find candidates in UTC. */
    private static final Duration ZONE_MARGIN = Duration.ofHours(14);

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    TrainingNotices notices;

    @Inject
    @ConfigProperty(name = "cg.training.reminder-days", defaultValue = "3")
    int reminderDays;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void everyHour() {
        int reminded = remindDue(Instant.now());
        if (reminded > 0) {
            log.log(Level.INFO, "{0} participants reminded of their training", reminded);
        }
    }

    /** Reminds, once, everyone whose training's first session starts within the configured days; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindDue(Instant now) {
        LocalDateTime from = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minus(ZONE_MARGIN);
        LocalDateTime to = LocalDateTime.ofInstant(now.plus(window()), ZoneOffset.UTC).plus(ZONE_MARGIN);
        // Through the business object, so that each reminder gets the REQUIRES_NEW transaction of its method.
        TrainingReminders self = context.getBusinessObject(TrainingReminders.class);
        int reminded = 0;
        List<Long> batch;
        long after = 0;
        do {
            batch = candidates(from, to, after);
            for (Long id : batch) {
                reminded += self.remind(id, now) ? 1 : 0;
            }
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
        } while (batch.size() == BATCH);
        return reminded;
    }

    /**
     * The next batch of registrations not reminded yet, after the given id, whose training's first session may be due.
     * Those within the zones' margin but not due yet stay candidates without a reminder: the next batch starts after them.
     */
    private List<Long> candidates(LocalDateTime from, LocalDateTime to, long after) {
        return em.createQuery("SELECT r.id FROM Registration r WHERE r.status = :status AND r.id > :after"
                        // the first session: with any session, a training under way would stay a candidate, never
                        // reminded, every hour
                        + " AND r.remindedAt IS NULL AND (SELECT MIN(s.start) FROM TrainingSession s WHERE s.training = r.training)"
                        + " BETWEEN :from AND :to ORDER BY r.id", Long.class)
                .setParameter("status", RegistrationStatus.REGISTERED)
                .setParameter("after", after)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Reminds the person of one registration if it is due and was not reminded yet; whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long registrationId, Instant now) {
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || registration.getStatus() != RegistrationStatus.REGISTERED) {
            return false;
        }
        Instant first = registration.getTraining().getFirstSession().map(TrainingSession::getStartInstant).orElse(null);
        if (first == null || !first.isAfter(now) || first.isAfter(now.plus(window())) || !registration.remind(now)) {
            return false;
        }
        notices.reminder(registration);
        return true;
    }

    private Duration window() {
        return Duration.ofDays(Math.max(0, reminderDays));
    }
}
