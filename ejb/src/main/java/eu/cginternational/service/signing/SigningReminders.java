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
 * it once more is told once more. So every run looks at each signer whose reminder would be due, also those whose
 * reminders are used up, as only asking their document's owner tells whether they can still act.
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
     * how many were reminded. Goes through all of them, a batch after the other: the signers whose reminders are used
     * up are looked at on every run and must not keep the others out of a batch.
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

    /** The open documents after the given id whose current signer is due ({@link Signer#isDue}), by id. */
    private List<Long> dueAfter(long after, Instant now) {
        return em.createQuery("SELECT s.document.id FROM Signer s WHERE s.status = :waiting"
                        + " AND s.turnSince IS NOT NULL AND s.document.status IN :open AND s.document.id > :after"
                        // Attribute against parameter, so that the Instant converter applies to the parameter.
                        + " AND ((s.remindedAt IS NULL AND s.turnSince <= :before) OR s.remindedAt <= :before)"
                        + " ORDER BY s.document.id", Long.class)
                .setParameter("waiting", SignerStatus.WAITING)
                .setParameter("open", List.of(SignedDocumentStatus.AWAITING_SIGNATURES, SignedDocumentStatus.PARTIALLY_SIGNED))
                .setParameter("after", after)
                .setParameter("before", now.minus(interval()))
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
