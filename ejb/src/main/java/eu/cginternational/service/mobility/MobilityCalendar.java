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
 * The steps the platform takes by itself on their date: an approved mobility starts on its first
 * day, and a participant whose mobility has ended is reminded once of the report. Runs every hour, so that a server that was down catches up; each mobility in a transaction
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
        List<Long> ended = em.createQuery("SELECT m.id FROM Mobility m WHERE m.status = :running AND m.endDate < :today"
                        + " AND m.report IS NULL AND m.reportRemindedAt IS NULL ORDER BY m.endDate, m.id", Long.class)
                .setParameter("running", MobilityStatus.IN_PROGRESS)
                .setParameter("today", today)
                .setMaxResults(BATCH)
                .getResultList();
        int reminded = 0;
        for (Long id : ended) {
            reminded += context.getBusinessObject(MobilityCalendar.class).remind(id, today) ? 1 : 0;
        }
        return reminded;
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
        List<Long> due = em.createQuery("SELECT m.id FROM Mobility m WHERE m.status = :approved AND m.startDate <= :today"
                        + " ORDER BY m.startDate, m.id", Long.class)
                .setParameter("approved", MobilityStatus.MINISTRY_APPROVED)
                .setParameter("today", today)
                .setMaxResults(BATCH)
                .getResultList();
        int started = 0;
        for (Long id : due) {
            started += context.getBusinessObject(MobilityCalendar.class).start(id, today) ? 1 : 0;
        }
        return started;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean start(long id, LocalDate today) {
        Mobility mobility = em.find(Mobility.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mobility == null || mobility.getStatus() != MobilityStatus.MINISTRY_APPROVED || today.isBefore(mobility.getStartDate())) {
            return false;
        }
        mobility.startOn(today, Instant.now());
        audit.recordAs(null, AuditEventType.MOBILITY_STATUS_CHANGED, "mobility " + id,
                "START: MINISTRY_APPROVED -> IN_PROGRESS (first day)");
        return true;
    }
}
