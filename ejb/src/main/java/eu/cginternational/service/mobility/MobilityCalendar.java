package eu.cginternational.service.mobility;

import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Country;
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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The steps the platform takes by itself on their date: an approved mobility whose learning
 * agreement is signed by all three parties starts on its first day, and a participant whose mobility has ended is reminded once of the report. Runs every hour, so that a server that was down catches up; each mobility in a transaction
 * of its own, locked, so that two instances never start the same one twice.
 *
 * <p>The day is each mobility's own, its sending school's ({@link Mobility#dayAt}): one query finds the candidates by
 * the latest day any country has reached ({@link Country#latestDayAt}), and each is started or reminded only once the
 * day has come at its school ({@link Mobility#isDueToStart}, {@link Mobility#needsReportReminder(Instant)}). Those
 * found early are of that latest day only, come last in the date order, and are found during the hour or two the
 * countries' clocks show different days.
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
        Instant now = Instant.now();
        int started = startDue(now);
        int reminded = remindReports(now);
        if (started + reminded > 0) {
            log.log(Level.INFO, "{0} mobilities started on their first day, {1} participants reminded of their report",
                    new Object[] {started, reminded});
        }
    }

    /**
     * Reminds, once, each participant whose mobility has ended at its school by the moment without a report; returns
     * how many.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindReports(Instant moment) {
        return forEachDue("SELECT m.id FROM Mobility m WHERE m.status = :status AND m.endDate < :latest"
                + " AND m.report IS NULL AND m.reportRemindedAt IS NULL ORDER BY m.endDate, m.id",
                MobilityStatus.IN_PROGRESS, moment, MobilityCalendar::remind);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long id, Instant moment) {
        Mobility mobility = em.find(Mobility.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mobility == null || !mobility.needsReportReminder(moment)) {
            return false;
        }
        mobility.reportReminded(Instant.now());
        notices.reportDue(mobility);
        return true;
    }

    /** Starts every approved mobility whose first day has come at its school by the moment; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int startDue(Instant moment) {
        // Only those whose learning agreement is signed by all three: the others wait, without filling the batch.
        return forEachDue("SELECT m.id FROM Mobility m WHERE m.status = :status AND m.startDate <= :latest"
                + " AND " + LearningAgreementGate.SIGNED_BY_ALL + " ORDER BY m.startDate, m.id", MobilityStatus.MINISTRY_APPROVED, moment, MobilityCalendar::start);
    }

    /** One dated step of the platform, taken on one mobility in a transaction of its own. */
    @FunctionalInterface
    private interface DatedStep {
        boolean take(MobilityCalendar calendar, long id, Instant moment);
    }

    /**
     * Takes the step on each mobility the query finds (a batch at a time) by the latest day any country has reached at
     * the moment; returns on how many it was taken, each on its own day.
     */
    private int forEachDue(String query, MobilityStatus status, Instant moment, DatedStep step) {
        LocalDate latest = Country.latestDayAt(em.createNamedQuery("Country.all", Country.class).getResultList(), moment);
        List<Long> due = em.createQuery(query, Long.class)
                .setParameter("status", status)
                .setParameter("latest", latest)
                .setMaxResults(BATCH)
                .getResultList();
        // Through the business object, so that each step gets the REQUIRES_NEW transaction of its method.
        MobilityCalendar self = context.getBusinessObject(MobilityCalendar.class);
        int taken = 0;
        for (Long id : due) {
            taken += step.take(self, id, moment) ? 1 : 0;
        }
        return taken;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean start(long id, Instant moment) {
        Mobility mobility = em.find(Mobility.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mobility == null || !mobility.isDueToStart(moment) || !gate.isSignedByAll(mobility)) {
            return false;
        }
        mobility.startOn(mobility.dayAt(moment), Instant.now());
        audit.recordAs(null, AuditEventType.MOBILITY_STATUS_CHANGED, "mobility " + id,
                "START: MINISTRY_APPROVED -> IN_PROGRESS (first day)");
        return true;
    }
}
