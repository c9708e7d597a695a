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
 * by) is not reminded of what they cannot do: when their reminder is due the sender is told instead that the document
 * waits in vain, and the signer's reminders count as used up, which is how the next runs know the sender was told.
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

    /** Reminds every signer who is due a reminder at the given moment; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindDue(Instant now) {
        Duration interval = interval();
        List<Long> due = em.createQuery("SELECT s.document.id FROM Signer s WHERE s.status = :waiting"
                        + " AND s.turnSince IS NOT NULL AND s.reminders < :max AND s.document.status IN :open"
                        // Attribute against parameter, so that the Instant converter applies to the parameter.
                        + " AND ((s.remindedAt IS NULL AND s.turnSince <= :before) OR s.remindedAt <= :before)"
                        + " ORDER BY s.turnSince, s.id", Long.class)
                .setParameter("waiting", SignerStatus.WAITING)
                .setParameter("max", reminderMax)
                .setParameter("open", List.of(SignedDocumentStatus.AWAITING_SIGNATURES, SignedDocumentStatus.PARTIALLY_SIGNED))
                .setParameter("before", now.minus(interval))
                .setMaxResults(BATCH)
                .getResultList();
        SigningReminders self = context.getBusinessObject(SigningReminders.class);
        int reminded = 0;
        for (Long id : due) {
            try {
                reminded += self.remind(id, now) ? 1 : 0;
            } catch (EJBException e) {
                // One document that cannot be reminded (its rows were tampered with) must not stop the others.
                log.log(Level.WARNING, "Signed document {0} could not be reminded: {1}", new Object[] {id, e.getMessage()});
            }
        }
        return reminded;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long documentId, Instant now) {
        SignedDocument document = em.find(SignedDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (document == null) {
            return false;
        }
        Signer signer = document.getCurrentSigner().orElse(null);
        if (signer == null || !signer.needsReminder(now, interval(), reminderMax)) {
            return false;
        }
        if (!owners.mayAct(signer)) {
            document.stopRemindingCurrentSigner(reminderMax);
            notices.signerCannotAct(signer);
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
