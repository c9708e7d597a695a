package eu.cginternational.service.mail;

import eu.cginternational.domain.mail.OutboxMessage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one outbox message per transaction. The row is locked first, so that when several
 * instances (or applications) share the outbox, each message is sent once. A message that fails for
 * any reason counts a failed attempt and waits its turn ({@link OutboxMessage#RETRY_DELAYS}): it never
 * holds back the messages after it.
 */
@Stateless
@PermitAll
public class OutboxSender {

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createNamedQuery("OutboxMessage.due", Long.class).setParameter("now", Instant.now())
                .setMaxResults(max).getResultList();
    }

    /**
     * Delivers the messages in their order, each in a transaction of its own. One that fails other than by the mail
     * server's answer, which {@link #deliver} records itself (data the mail library cannot write, a lock or a commit
     * that fails), counts a failed attempt in a new transaction, with what failed as its last error; the next ones go on.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverEach(List<Long> ids, Session mailSession) {
        // Through the business object, so that each message gets the REQUIRES_NEW transaction of its methods.
        OutboxSender self = context.getBusinessObject(OutboxSender.class);
        for (Long id : ids) {
            try {
                self.deliver(id, mailSession);
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "Could not send outbox message " + id, e);
                recordFailure(self, id, e);
            }
        }
    }

    private void recordFailure(OutboxSender self, long id, RuntimeException failure) {
        try {
            self.markAttemptFailed(id, rootCause(failure));
        } catch (RuntimeException e) {
            // it stays due, tried again at the next run: meanwhile the rest go on
            log.log(Level.WARNING, "Could not record the failed attempt of outbox message " + id, e);
        }
    }

    /** What failed in the end, without the container's wrappers: its class and message. */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getName() : cause.getClass().getName() + ": " + cause.getMessage();
    }

    /** Counts a failed attempt of a message that is still due (another instance may have sent it meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markAttemptFailed(long id, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.isDueAt(Instant.now())) {
            message.markAttemptFailed(error, Instant.now());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id, Session mailSession) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        // another instance may have tried it meanwhile
        if (message == null || !message.isDueAt(Instant.now())) {
            return;
        }
        try {
            MimeMessage mime = new MimeMessage(mailSession);
            mime.setFrom();
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
            mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
            mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            Transport.send(mime);
            message.markSent(Instant.now());
        } catch (MessagingException e) {
            log.log(Level.WARNING, "Could not send outbox message {0}: {1}", new Object[] {id, e.getMessage()});
            message.markAttemptFailed(e.getMessage(), Instant.now());
        }
    }
}
