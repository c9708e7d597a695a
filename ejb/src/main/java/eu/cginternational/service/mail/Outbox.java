package eu.cginternational.service.mail;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
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

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        em.persist(new OutboxMessage(recipient, subject, body));
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
