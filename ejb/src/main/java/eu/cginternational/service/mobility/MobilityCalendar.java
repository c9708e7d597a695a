package eu.cginternational.service.mobility;

import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.service.audit.AuditLog;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The steps the platform takes by itself on their date: an approved mobility whose learning
 * agreement is signed by all three parties starts on its first day, and a participant whose mobility has ended is reminded once of the report. Runs every hour, so that a server that was down catches up; each mobility in a transaction
 * of its own, locked, so that two instances never start the same one twice.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MobilityCalendar {

    private static final int BATCH = 200;

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    @Inject
    MobilityNotices notices;

    @Inject
    LearningAgreementGate gate;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void everyHour() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int started = startDue(today);
        int reminded = remindReports(today);
        if (started + reminded > 0) {
            log.log(Level.INFO, "{0} mobilities started on their first day, {1} participants reminded of their report",
                    new Object[] {started, reminded});
        }
    }

    /** Reminds, once, each participant whose mobility has ended without a report; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindReports(LocalDate today) {
        return forEachDue("SELECT m.id FROM Mobility m WHERE m.status = :status AND m.endDate < :today"
                + " AND m.report IS NULL AND m.reportRemindedAt IS NULL ORDER BY m.endDate, m.id",
                MobilityStatus.IN_PROGRESS, today, MobilityCalendar::remind);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long id, LocalDate today) {
        Mobility mobility = em.find(Mobility.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mobility == null || !mobility.needsReportReminder(today)) {
            return false;
        }
        mobility.reportReminded(Instant.now());
        notices.reportDue(mobility);
        return true;
    }

    /** Starts every approved mobility whose first day has come; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int startDue(LocalDate today) {
        // Only those whose learning agreement is signed by all three: the others wait, without filling the batch.
        return forEachDue("SELECT m.id FROM Mobility m WHERE m.status = :status AND m.startDate <= :today"
                + " AND " + LearningAgreementGate.SIGNED_BY_ALL + " ORDER BY m.startDate, m.id", MobilityStatus.MINISTRY_APPROVED, today, MobilityCalendar::start);
    }

    /** One dated step of the platform, taken on one mobility in a transaction of its own. */
    @FunctionalInterface
    private interface DatedStep {
        boolean take(MobilityCalendar calendar, long id, LocalDate today);
    }

    /** Takes the step on each mobility the query finds (a batch at a time); returns on how many it was taken. */
    private int forEachDue(String query, MobilityStatus status, LocalDate today, DatedStep step) {
        List<Long> due = em.createQuery(query, Long.class)
                .setParameter("status", status)
                .setParameter("today", today)
                .setMaxResults(BATCH)
                .getResultList();
        // Through the business object, so that each step gets the REQUIRES_NEW transaction of its method.
        MobilityCalendar self = context.getBusinessObject(MobilityCalendar.class);
        int taken = 0;
        for (Long id : due) {
            taken += step.take(self, id, today) ? 1 : 0;
        }
        return taken;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean start(long id, LocalDate today) {
        Mobility mobility = em.find(Mobility.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mobility == null || mobility.getStatus() != MobilityStatus.MINISTRY_APPROVED || today.isBefore(mobility.getStartDate())
                || !gate.isSignedByAll(mobility)) {
            return false;
        }
        mobility.startOn(today, Instant.now());
        audit.recordAs(null, AuditEventType.MOBILITY_STATUS_CHANGED, "mobility " + id,
                "START: MINISTRY_APPROVED -> IN_PROGRESS (first day)");
        return true;
    }
}
