package eu.cginternational.service.mail;

import eu.cginternational.domain.mail.OutboxMessage;
import jakarta.annotation.security.PermitAll;
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
 * instances (or applications) share the outbox, each message is sent once.
 */
@Stateless
@PermitAll
public class OutboxSender {

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createNamedQuery("OutboxMessage.due", Long.class).setParameter("now", Instant.now())
                .setMaxResults(max).getResultList();
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
