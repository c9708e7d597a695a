package eu.cginternational.service.agreement;

import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementStatus;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.service.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
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
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The steps the platform takes by itself on the dates of an agreement's version in force, whatever
 * amendment is being written or signed: the parties are warned once, {@value #WARNING_DAYS} days
 * before the end, in the app and by e-mail; the agreement expires the day after its last day (an
 * amendment under signature is withdrawn, its signers told) and its open opportunities close, the applications waiting
 * there declined. Runs every hour, so that a server that
 * was down catches up; each agreement in a transaction of its own, locked, so that two instances
 * never warn twice.
 *
 * <p>The day is each agreement's own, its drafting institution's ({@link Agreement#dayAt}): one query finds the
 * candidates by the days the countries' clocks show ({@link Country#latestDayAt}, {@link Country#earliestDayAt}), and
 * each is warned or expired only once the day has come on its clock ({@link Agreement#needsExpiryWarning(Instant, int)},
 * {@link Agreement#isDueToExpire(Instant)}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AgreementCalendar {

    public static final int WARNING_DAYS = 30;
    private static final List<AgreementStatus> ENDED = List.of(AgreementStatus.TERMINATED, AgreementStatus.EXPIRED);
    private static final int BATCH = 200;

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AgreementNotices notices;

    @Resource
    SessionContext context;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void everyHour() {
        Instant now = Instant.now();
        int warned = warnEndingSoon(now);
        int expired = expireEnded(now);
        if (warned + expired > 0) {
            log.log(Level.INFO, "{0} agreements warned of their end, {1} expired", new Object[] {warned, expired});
        }
    }

    /**
     * Warns, once, the parties of every agreement with a version in force that ends within
     * {@value #WARNING_DAYS} days of the moment on its clock, whatever amendment is under way; returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int warnEndingSoon(Instant moment) {
        List<Country> countries = countries();
        List<Long> due = em.createQuery("SELECT a.id FROM Agreement a WHERE a.inForceNumber IS NOT NULL"
                        + " AND a.status NOT IN :ended AND a.expiryWarnedAt IS NULL"
                        + " AND a.endsOn <= :limit AND a.endsOn >= :earliest ORDER BY a.endsOn, a.id", Long.class)
                .setParameter("ended", ENDED)
                .setParameter("limit", Country.latestDayAt(countries, moment).plusDays(WARNING_DAYS))
                .setParameter("earliest", Country.earliestDayAt(countries, moment))
                .setMaxResults(BATCH)
                .getResultList();
        AgreementCalendar self = context.getBusinessObject(AgreementCalendar.class);
        return (int) due.stream().filter(id -> self.warn(id, moment)).count();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean warn(long id, Instant moment) {
        Agreement agreement = em.find(Agreement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null || !agreement.needsExpiryWarning(moment, WARNING_DAYS)) {
            return false;
        }
        // Nobody left to speak for any party: no warning is recorded, so that the next run tries again.
        if (notices.endsSoon(agreement) == 0) {
            return false;
        }
        agreement.expiryWarned(Instant.now());
        return true;
    }

    /**
     * Expires every agreement whose version in force has passed its last day on its clock by the moment, whatever
     * amendment is under way; returns how many.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireEnded(Instant moment) {
        List<Long> due = em.createQuery("SELECT a.id FROM Agreement a WHERE a.inForceNumber IS NOT NULL"
                        + " AND a.status NOT IN :ended AND a.endsOn < :latest ORDER BY a.endsOn, a.id", Long.class)
                .setParameter("ended", ENDED)
                .setParameter("latest", Country.latestDayAt(countries(), moment))
                .setMaxResults(BATCH)
                .getResultList();
        AgreementCalendar self = context.getBusinessObject(AgreementCalendar.class);
        int expired = 0;
        for (Long id : due) {
            try {
                expired += self.expire(id, moment) ? 1 : 0;
            } catch (EJBException e) {
                // One agreement that cannot expire now (the database gave up a lock) must not stop the others.
                log.log(Level.WARNING, "Agreement {0} could not expire this run: {1}", new Object[] {id, e.getMessage()});
            }
        }
        return expired;
    }

    /**
     * Expires the agreement if it is still due. Takes the rows in the order a signature takes them, the amendment's
     * document before the agreement, so that a signature made during the run waits for it or it for the signature,
     * and never each for the other. An amendment sent or withdrawn between the first read and the locks is left to
     * the next run.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long id, Instant moment) {
        Agreement read = em.find(Agreement.class, id);
        if (read == null || !read.isDueToExpire(moment)) {
            return false;
        }
        Long amendment = underSignature(read);
        // What was read unlocked is forgotten, so that the agreement below is read afresh with its lock.
        em.clear();
        SignedDocument document = amendment == null ? null
                : em.find(SignedDocument.class, amendment, LockModeType.PESSIMISTIC_WRITE);
        Agreement agreement = em.find(Agreement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!agreement.isDueToExpire(moment) || !Objects.equals(amendment, underSignature(agreement))) {
            return false;
        }
        AgreementStatus before = agreement.getStatus();
        Instant now = Instant.now();
        agreement.expire(agreement.dayAt(moment), now);
        // An amendment under signature ends with the version in force: nobody signs it any more.
        if (document != null && document.getStatus().isOpen()) {
            document.supersede(null, "agreement expired", now);
            audit.recordAs(null, AuditEventType.DOCUMENT_SUPERSEDED, "signed document " + amendment, "agreement expired");
            notices.withdrawnFromSignature(agreement, agreement.getCurrent(), document);
        }
        AgreementService.closeOpportunities(em, agreement, notices, audit, now);
        audit.recordAs(null, AuditEventType.AGREEMENT_STATUS_CHANGED, AgreementService.label(agreement),
                AgreementAction.EXPIRE + ": " + before + " -> EXPIRED (end date)");
        return true;
    }

    /** The countries, whose clocks bound the days of the agreements (a list kept in memory once read). */
    private List<Country> countries() {
        return em.createNamedQuery("Country.all", Country.class).getResultList();
    }

    /** The document of the amendment under signature, if one is. */
    private static Long underSignature(Agreement agreement) {
        return agreement.getStatus().isAtSigning() ? agreement.getCurrent().getSignedDocumentId() : null;
    }
}
