package eu.cginternational.service.signing;

import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.domain.signing.SignerStatus;
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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds the signer whose turn it is, through the outbox and in the app, every
 * {@code cg.signing.reminder-days} days since their turn began or the last reminder, at most
 * {@code cg.signing.reminder-max} times. Runs every hour; each document in a transaction of its
 * own with its row locked, so a reminder never races a signature and is never sent twice.
 *
 * <p>A signer who may no longer act ({@link DocumentOwners#mayAct}: deactivated, or no longer in the role they sign
 * by) is not reminded of what they cannot do: when their reminder would be due, or at the first run after it once
 * their reminders are used up, the sender is told instead that the document waits in vain
 * ({@link SigningNotices#signerCannotAct}), once, which the signer's row remembers apart from the reminders sent
 * ({@link SignedDocument#currentSignerCannotAct}). A signer found able to act again is reminded as before, and losing
 * it once more is told once more. Each run asks the database for the signers it has something to do for, with the
 * owners' rule as a condition of the query ({@link DocumentOwners#mayActOn}), and locks only their documents: a signer
 * whose reminders are used up and who can still act costs a run nothing, however long their document waits.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SigningReminders {

    private static final int BATCH = 200;

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    SigningNotices notices;

    @Inject
    DocumentOwners owners;

    @Inject
    @ConfigProperty(name = "cg.signing.reminder-days", defaultValue = "3")
    int reminderDays;

    @Inject
    @ConfigProperty(name = "cg.signing.reminder-max", defaultValue = "5")
    int reminderMax;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void everyHour() {
        int reminded = remindDue(Instant.now());
        if (reminded > 0) {
            log.log(Level.INFO, "{0} signers reminded of a document waiting for their signature", reminded);
        }
    }

    /**
     * Reminds every signer who is due a reminder at the given moment, and tells of those who can no longer act; returns
     * how many were reminded. Goes through all of them, a batch after the other.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindDue(Instant now) {
        SigningReminders self = context.getBusinessObject(SigningReminders.class);
        int reminded = 0;
        long after = 0;
        List<Long> due;
        do {
            due = dueAfter(after, now);
            for (Long id : due) {
                try {
                    reminded += self.remind(id, now) ? 1 : 0;
                } catch (EJBException e) {
                    // One document that cannot be reminded (its rows were tampered with) must not stop the others.
                    log.log(Level.WARNING, "Signed document {0} could not be reminded: {1}", new Object[] {id, e.getMessage()});
                }
                after = id;
            }
        } while (due.size() == BATCH);
        return reminded;
    }

    /**
     * The open documents after the given id, by id, whose current signer is due ({@link Signer#isDue}) and has
     * something to do for the run ({@link #remind}), as far as the database can tell: one who may act
     * ({@link DocumentOwners#mayActOn}) and has a reminder left, or was marked unable to act before; one who may not
     * and is not marked yet. A signer whose reminders are used up, or whose sender was told already, is not looked at
     * again for as long as nothing changes.
     */
    private List<Long> dueAfter(long after, Instant now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Signer> signer = query.from(Signer.class);
        Path<SignedDocument> document = signer.get("document");
        ParameterExpression<Instant> before = cb.parameter(Instant.class);
        Path<Instant> remindedAt = signer.get("remindedAt");
        Path<Instant> told = signer.get("cannotActToldAt");
        // Attribute against parameter, so that the Instant converter applies to the parameter.
        Predicate due = cb.or(cb.and(cb.isNull(remindedAt), cb.lessThanOrEqualTo(signer.get("turnSince"), before)),
                cb.lessThanOrEqualTo(remindedAt, before));
        Predicate somethingToDo = cb.or(
                cb.and(owners.mayActOn(signer, query, cb),
                        cb.or(cb.lessThan(signer.get("reminders"), reminderMax), cb.isNotNull(told))),
                cb.and(cb.not(owners.mayActOn(signer, query, cb)), cb.isNull(told)));
        query.select(document.get("id"))
                .where(cb.equal(signer.get("status"), SignerStatus.WAITING), cb.isNotNull(signer.get("turnSince")),
                        document.get("status").in(SignedDocumentStatus.AWAITING_SIGNATURES,
                                SignedDocumentStatus.PARTIALLY_SIGNED),
                        cb.greaterThan(document.get("id"), after), due, somethingToDo)
                .orderBy(cb.asc(document.get("id")));
        return em.createQuery(query)
                .setParameter(before, now.minus(interval()))
                .setMaxResults(BATCH)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long documentId, Instant now) {
        SignedDocument document = em.find(SignedDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (document == null) {
            return false;
        }
        Signer signer = document.getCurrentSigner().orElse(null);
        if (signer == null || !signer.isDue(now, interval())) {
            return false;
        }
        if (!owners.mayAct(signer)) {
            if (document.currentSignerCannotAct(now)) {
                notices.signerCannotAct(signer);
            }
            return false;
        }
        document.currentSignerCanAct();
        if (!signer.needsReminder(now, interval(), reminderMax)) {
            return false;
        }
        document.remindCurrentSigner(now);
        notices.reminder(signer);
        return true;
    }

    private Duration interval() {
        return Duration.ofDays(Math.max(1, reminderDays));
    }
}
