package eu.cginternational.service.audit;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEvent;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.config.RequestOrigin;
import eu.cginternational.service.query.ListTotals;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.time.ZoneOffset;

/**
 * The append-only audit log. Entries are written in the transaction of the change they record, so
 * a change and its entry commit or roll back together. There is no method to change or remove one.
 */
@Stateless
public class AuditLog {

    private static final Listing<AuditEvent> LISTING = Listing.of(AuditEvent.class)
            .filter("type", (cb, root, value) -> cb.equal(root.get("type"), AuditEventType.valueOf(value)))
            .textFilter("actor", root -> root.get("actor"))
            .textFilter("target", root -> root.get("target"))
            .textFilter("clientAddress", root -> root.get("clientAddress"))
            .filter("from", (cb, root, value) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), startOf(value)))
            .filter("to", (cb, root, value) -> cb.lessThan(root.get("occurredAt"), startOf(value).plusSeconds(86_400)))
            .sort("occurredAt", root -> root.get("occurredAt"))
            .sort("type", root -> root.get("type"))
            .sort("actor", root -> root.get("actor"))
            .sort("target", root -> root.get("target"))
            .defaultSort("occurredAt", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    ListTotals totals;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    /** Records an event done by the caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditEventType type, String target, String detail) {
        Principal caller = session.getCallerPrincipal();
        String actor = caller == null || "ANONYMOUS".equals(caller.getName()) ? null : caller.getName();
        recordAs(actor, type, target, detail);
    }

    /**
     * Records an event done by the caller in a transaction of its own, for refusals: the refused
     * change rolls back, its audit entry must not.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSeparately(AuditEventType type, String target, String detail) {
        record(type, target, detail);
    }

    /** Records that the caller was refused a page, an API call or a service, in a transaction of its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAccessDenied(String resource) {
        record(AuditEventType.ACCESS_DENIED, resource, null);
    }

    /** Records an event for a named actor, when the actor is not (yet) the caller, as during sign-in. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, AuditEventType type, String target, String detail) {
        em.persist(new AuditEvent(Instant.now(), type, actor, target, origin.getClientAddress(), detail));
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public Page<AuditEvent> page(PageRequest request) {
        return LISTING.page(em, request, null, count(request.filters()));
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public List<AuditEvent> list(PageRequest request) {
        return LISTING.items(em, request);
    }

    /**
     * The log's total is remembered ({@link ListTotals}) until the next event: counting every event
     * for each page turn was most of a page's cost once the log held hundreds of thousands.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    public long count(Map<String, String> filters) {
        return totals.total(AuditEvent.class, "audit log", filters, () -> LISTING.count(em, filters));
    }

    private static Instant startOf(String isoDate) {
        return Listing.day(isoDate).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
