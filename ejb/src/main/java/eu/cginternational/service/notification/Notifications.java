package eu.cginternational.service.notification;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.mail.Outbox;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The in-app side of notices, next to the e-mail outbox. Other services tell people things through
 * {@link #send} (app and e-mail) or {@link #notify} (app only), inside their own transaction, so a
 * change that rolls back tells nobody. Only active accounts are told: an inactive one cannot sign in
 * to read a notice, and its address may be a former colleague's mailbox or, once anonymised, nobody's.
 * Every signed-in person reads and marks only their own notifications: another person's does not exist for them.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
        Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
public class Notifications {

    /** Filter {@code unread=true}: the unread ones only. Newest first unless asked otherwise. */
    private static final Listing<Notification> LISTING = Listing.of(Notification.class)
            .filter("unread", (cb, root, value) -> Boolean.parseBoolean(value) ? cb.isNull(root.get("readAt")) : cb.conjunction())
            .sort("createdAt", root -> root.get("createdAt"))
            .defaultSort("createdAt", false);

    private static final Map<String, String> UNREAD = Map.of("unread", "true");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerAccounts callers;

    @Inject
    Outbox outbox;

    @Inject
    ListTotals totals;

    @Inject
    @ConfigProperty(name = "cg.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Tells the recipient in the app and by e-mail, in the caller's transaction; an inactive account nowhere. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Notice notice) {
        notify(notice).ifPresent(told -> outbox.enqueue(notice.recipient().getEmail(),
                Texts.format(notice.recipient().getLanguage().locale(), "notice.mail.subject", notice.title()),
                notice.mailBody()));
    }

    /** Tells the recipient in the app only, in the caller's transaction; an inactive account not at all. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Notification> notify(Notice notice) {
        return notify(notice.recipient(), notice.kind(), notice.title(), notice.text(), notice.link());
    }

    /**
     * Adds an unread notification for the recipient, in the caller's transaction, unless the account is inactive. Title
     * and text are already in the recipient's language; the link is a path of the platform.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Notification> notify(UserAccount recipient, NotificationKind kind, String title, String text,
            String link) {
        if (!recipient.isActive()) {
            return Optional.empty();
        }
        Notification notification = new Notification(recipient, kind, title, text, link, Instant.now());
        em.persist(notification);
        return Optional.of(notification);
    }

    /**
     * Marks read, in the caller's transaction, the unread notifications that sent these people to a page of work, once
     * nothing waits there for them any more: the bell counts what still asks for them, not what a colleague has done.
     * Only those that asked them to act ({@link NotificationKind#ACTION_REQUIRED}): what the same page tells them in
     * another part, such as an administrator told of a decision on their own application, stays unread until they read it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void settle(List<UserAccount> recipients, String link) {
        if (recipients.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient IN :recipients AND n.link = :link"
                        + " AND n.kind = :kind AND n.readAt IS NULL")
                .setParameter("now", Instant.now())
                .setParameter("recipients", recipients)
                .setParameter("link", link)
                .setParameter("kind", NotificationKind.ACTION_REQUIRED)
                .executeUpdate();
        totals.changed(Notification.class); // a bulk update passes no entity listener
    }

    /** The address of a path of the platform as people reach it, for links in e-mails. */
    @PermitAll
    public String publicLink(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }

    /**
     * How many of the caller's notifications are unread: one count, by the caller's name, on the recipient index. It only
     * reads, so it joins a transaction under way but never begins one: the bell asks on every page.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unreadCount() {
        // Asked by the bell of every page: remembered like a list's total, and counted again after any
        // write of a notification through this server.
        String username = callerName();
        return totals.total(Notification.class, username, UNREAD, () -> em.createQuery(
                        "SELECT COUNT(n) FROM Notification n WHERE n.recipient.username = :username AND n.readAt IS NULL", Long.class)
                .setParameter("username", username)
                .getSingleResult());
    }

    /** A page of the caller's own notifications, newest first; filter {@code unread=true} for the unread ones. */
    public Page<Notification> page(PageRequest request) {
        return LISTING.page(em, request, own());
    }

    public List<Notification> list(PageRequest request) {
        return LISTING.items(em, request, own());
    }

    public long count(Map<String, String> filters) {
        return LISTING.count(em, filters, own());
    }

    /**
     * Marks one of the caller's notifications read (again is harmless) and returns it, so that the
     * caller can follow its link. Another person's notification is not found, like one that never existed.
     */
    public Notification markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.isFor(callers.getCurrent())) {
            throw new NotFoundException("notification.not_found", id);
        }
        notification.markRead(Instant.now());
        return notification;
    }

    /** Marks all of the caller's unread notifications read, in one statement; returns how many. */
    public int markAllRead() {
        int marked = em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :recipient"
                        + " AND n.readAt IS NULL")
                .setParameter("now", Instant.now())
                .setParameter("recipient", callers.getCurrent())
                .executeUpdate();
        totals.changed(Notification.class); // a bulk update passes no entity listener
        return marked;
    }

    private Listing.Scope<Notification> own() {
        String username = callerName();
        return (cb, root) -> cb.equal(root.get("recipient").get("username"), username);
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }
}
