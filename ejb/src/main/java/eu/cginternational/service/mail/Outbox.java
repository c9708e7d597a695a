package eu.cginternational.service.mail;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.ListTotals;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Queues e-mails in the transaction of the change that causes them: if the change rolls back, no
 * mail goes out; if the mail server is down, the mail waits.
 */
@Stateless
public class Outbox {

    private static final Listing<OutboxMessage> LISTING = Listing.of(OutboxMessage.class)
            .filter("status", (cb, root, value) -> cb.equal(root.get("status"), OutboxStatus.valueOf(value)))
            .textFilter("recipient", root -> root.get("recipient"))
            .textFilter("subject", root -> root.get("subject"))
            .sort("createdAt", root -> root.get("createdAt"))
            .sort("status", root -> root.get("status"))
            .sort("recipient", root -> root.get("recipient"))
            .sort("sentAt", root -> root.get("sentAt"))
            .defaultSort("createdAt", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    ListTotals totals;

    @Inject
    AuditLog audit;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        em.persist(new OutboxMessage(recipient, subject, body));
    }

    /** Queues an e-mail whose body holds a link that signs its reader in, which goes if the e-mail is given up. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueueWithSignInLink(String recipient, String subject, String body) {
        em.persist(OutboxMessage.withSignInLink(recipient, subject, body));
    }

    /**
     * Puts a failed e-mail back in the queue, as the coordinator saw it ({@code version}), for after the mail server was
     * fixed: the delivery tries it at its next run, with the whole retry schedule again. Two coordinators at once queue
     * it once; the other is told it changed meanwhile. The audit log records how many attempts had failed, not the last
     * error, which a mail server often writes with the recipient's address in it; the server log keeps every error
     * (OutboxSender), the message the last until the next attempt replaces it.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    public OutboxMessage sendAgain(long id, Long version) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NotFoundException("outbox.not_found", id);
        }
        if (!Objects.equals(version, message.getVersion())) {
            throw new ConcurrentChangeException();
        }
        if (!message.canBeSentAgain()) {
            throw new RejectedException(message.getStatus() == OutboxStatus.FAILED ? "outbox.body_gone" : "outbox.not_failed");
        }
        String failure = "after " + message.getAttempts() + " failed attempts";
        message.sendAgain();
        flushOrReportConflict(em);
        // Named by its number, not its address: the anonymisation of the recipient deletes the e-mail, and the log
        // must not keep the address.
        audit.record(AuditEventType.EMAIL_SENT_AGAIN, "e-mail " + message.getId(), failure);
        return message;
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public Page<OutboxMessage> page(PageRequest request) {
        return LISTING.page(em, request, null, count(request.filters()));
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public List<OutboxMessage> list(PageRequest request) {
        return LISTING.items(em, request);
    }

    /** The total is remembered ({@link ListTotals}) until the next message or change of one, like the audit log's. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public long count(Map<String, String> filters) {
        return totals.total(OutboxMessage.class, "outbox", filters, () -> LISTING.count(em, filters));
    }
}
