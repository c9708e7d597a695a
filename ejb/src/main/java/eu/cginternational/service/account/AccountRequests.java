package eu.cginternational.service.account;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.config.RequestOrigin;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.mail.Outbox;
import eu.cginternational.service.notification.Notice;
import eu.cginternational.service.notification.Notifications;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Teachers and students ask for an account themselves; an administrator of their school confirms or declines the
 * request (DESIGN.md, accounts). Confirmed, the request becomes the account, and its owner gets the e-mail with the link
 * to choose a password, as with an account a coordinator creates: so the address is proven before anyone signs in.
 * Declined, the request goes and the person is told why. A school's administrators see their school's requests only;
 * coordinators see every school's and decide them by the same rules, so that a request of a school left without an
 * active administrator (one deactivated after it was filed) is not left unseen until the retention deletes it.
 */
@Stateless
public class AccountRequests {

    /** How long a reason for declining may be. */
    public static final int REASON_MAXLENGTH = 500;

    /** How many requests may wait at one school unless {@code cg.account-requests.max-waiting} says otherwise. */
    public static final String DEFAULT_MAX_WAITING = "200";

    /** How many requests may be discarded at once: the longest page of the list. */
    public static final int MAX_DISCARDED = PageRequest.MAX_LIMIT;

    /** Where a school's administrators find the requests waiting for them. */
    public static final String WAITING_PAGE = "/school/account-requests.xhtml";

    private static final Listing<AccountRequest> LISTING = Listing.of(AccountRequest.class)
            .textFilter("fullName", root -> root.get("fullName"))
            .textFilter("email", root -> root.get("email"))
            .textFilter("username", root -> root.get("username"))
            .filter("role", (cb, root, value) -> cb.equal(root.get("role"), Role.valueOf(value)))
            .filter("school", (cb, root, value) -> cb.equal(root.get("school").get("id"), Long.valueOf(value)))
            .textFilter("schoolName", root -> root.get("school").get("name"))
            .filter("country", (cb, root, value) -> cb.equal(root.get("school").get("countryCode"), value))
            .sort("createdAt", root -> root.get("createdAt"))
            .sort("fullName", root -> root.get("fullName"))
            .sort("username", root -> root.get("username"))
            .sort("role", root -> root.get("role"))
            .sort("schoolName", root -> root.get("school").get("name"))
            .defaultSort("createdAt", true);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    CallerAccounts callers;

    @Inject
    Passwords passwords;

    @Inject
    AccountService accounts;

    @Inject
    Notifications notifications;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    RequestOrigin origin;

    @Resource
    SessionContext context;

    /**
     * How many requests may wait at one school. The form is public: without a bound, anyone could fill a school's list
     * and the administrators' bells until the retention deletes the requests.
     */
    @Inject
    @ConfigProperty(name = "cg.account-requests.max-waiting", defaultValue = DEFAULT_MAX_WAITING)
    int maxWaiting;

    /**
     * Files a request and tells the school's administrators. An address that already has an account or a request
     * gets the same answer and changes nothing, so that the form tells nobody who is registered; a username of an
     * account is refused, as a username is no secret and the person must choose another. A username waiting in another
     * request is not: the request with a known address files nothing, so a username held by requests would tell, on a
     * second request with it, whether the first one's address is registered. Two requests may then wait with one
     * username; the first confirmed makes the account and the other is refused as taken meanwhile.
     *
     * <p>Nor does the time of the answer tell: the request checks what anyone may know (the input, the school, the
     * username) and hands the rest on; whether the address is known, filing and telling the administrators are done
     * after the answer, in a transaction of their own ({@link #file}).
     */
    @PermitAll
    public void submit(AccountRequestDraft draft) {
        validator.validate(draft);
        if (!AccountRequest.REQUESTABLE_ROLES.contains(draft.getRole())) {
            throw validator.invalid("role", "account_request.role.not_requestable");
        }
        Institution school = em.find(Institution.class, draft.getSchoolId());
        if (school == null || !school.isActive() || school.getType() != InstitutionType.VET_SCHOOL) {
            throw validator.invalid("schoolId", "account_request.school.unknown");
        }
        // Nobody could confirm the request, which would wait unseen until the retention deleted it.
        List<UserAccount> administrators = administratorsOf(school);
        if (administrators.isEmpty()) {
            throw validator.invalid("schoolId", "account_request.school.no_administrator");
        }
        // Two requests filed at once may both pass: a bound against a flood, not an exact count. Not audited: the
        // refusals of a flood would fill the log instead.
        if (waitingAt(school) >= maxWaiting) {
            throw validator.invalid("schoolId", "account_request.school.full");
        }
        if (accountNamed(draft.getUsername())) {
            throw validator.invalid("username", "user.username.taken");
        }
        context.getBusinessObject(AccountRequests.class).file(draft, origin.copy());
    }

    /**
     * What {@link #submit} does about the address, after its answer: files the request and tells the school's
     * administrators, unless the address has an account or a request already: then the audit log says which.
     *
     * <p>Requests are filed one at a time, so that of two with one address at the same moment the second finds the first
     * and is dropped as a duplicate. Without it both could find the address free, and the second would be refused by the
     * address unique among requests: rolled back, with an error in the server log and no entry in the audit log. The
     * lock is taken first and held for a moment; on Derby, reading the requests waits for it meanwhile.
     */
    @PermitAll
    @Asynchronous
    public void file(AccountRequestDraft draft, RequestOrigin.Copy from) {
        origin.describe(from);
        em.createNativeQuery("LOCK TABLE account_request IN EXCLUSIVE MODE").executeUpdate();
        Institution school = em.find(Institution.class, draft.getSchoolId());
        if (accountWithEmail(draft.getEmail())) {
            audit.recordAs(null, AuditEventType.ACCOUNT_REQUESTED, draft.getUsername(), "address already known: nothing filed");
            return;
        }
        if (requestWithEmail(draft.getEmail())) {
            audit.recordAs(null, AuditEventType.ACCOUNT_REQUESTED, draft.getUsername(),
                    "address waiting in another request: this one dropped as a duplicate");
            return;
        }
        AccountRequest request = new AccountRequest(draft.getUsername(), draft.getEmail(), draft.getFullName(),
                draft.getRole(), school, draft.getLanguage());
        em.persist(request);
        flushOrReportConflict(em);
        audit.recordAs(null, AuditEventType.ACCOUNT_REQUESTED, request.getUsername(),
                request.getRole() + " at " + school.getName());
        // The form is public: an e-mail per request would let anyone flood a school's administrators. They are
        // e-mailed when a request arrives to find none waiting, and see each one in the app and on the list.
        boolean firstWaiting = waitingAt(school) == 1;
        for (UserAccount admin : administratorsOf(school)) {
            if (firstWaiting) {
                notifications.send(toConfirm(admin, request));
            } else {
                notifications.notify(toConfirm(admin, request));
            }
        }
    }

    /**
     * A page of the requests waiting at the caller's school, or at every school for a coordinator (filtered by
     * {@code school}, {@code schoolName} or {@code country} too), the oldest first unless sorted otherwise.
     */
    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.COORDINATOR})
    public Page<AccountRequest> page(PageRequest request) {
        return LISTING.page(em, request, inCallersScope());
    }

    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.COORDINATOR})
    public List<AccountRequest> list(PageRequest request) {
        return LISTING.items(em, request, inCallersScope());
    }

    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.COORDINATOR})
    public long count(Map<String, String> filters) {
        return LISTING.count(em, filters, inCallersScope());
    }

    /**
     * A request waiting at the caller's school, or at any for a coordinator; one of another school is not found, like one
     * already decided.
     */
    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.COORDINATOR})
    public AccountRequest get(long id) {
        return waiting(id, LockModeType.NONE);
    }

    /**
     * Makes the account and mails its owner the link to choose a password. Two administrators confirming at once
     * wait for each other: the second finds the request gone. A school deactivated since the request was filed, or no
     * longer a VET school, takes no account ({@link AccountRequest#toAccount}): the request is declined or discarded.
     * The school's row is locked, and so read from the database rather than the shared cache, until the account is
     * saved: a coordinator deactivating the school or changing its type at that moment locks it too, so either that
     * change waits and finds the new account, or the confirmation waits and is held to the school as changed.
     */
    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.COORDINATOR})
    public UserAccount confirm(long id) {
        AccountRequest request = waiting(id, LockModeType.PESSIMISTIC_WRITE);
        em.lock(request.getSchool(), LockModeType.PESSIMISTIC_WRITE);
        // an account made meanwhile by a coordinator, with the same username or address
        if (accountNamed(request.getUsername()) || accountWithEmail(request.getEmail())) {
            throw new RejectedException("account_request.taken_meanwhile");
        }
        UserAccount account = RejectedException.unlessRuleBroken("account_request.rule.",
                () -> request.toAccount(passwords.unknownPasswordHash()));
        em.persist(account);
        em.remove(request);
        flushOrReportConflict(em);
        settleIfNoneWaits(request.getSchool());
        audit.record(AuditEventType.USER_CREATED, account.getUsername(), "requested by its owner, roles [" + request.getRole() + "]");
        accounts.sendWelcome(account);
        return account;
    }

    /** Deletes the request and tells the person why, by e-mail in the language they asked in. */
    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.COORDINATOR})
    public void decline(long id, String reason) {
        Declining declining = new Declining(reason == null ? null : reason.strip());
        validator.validate(declining);
        AccountRequest request = waiting(id, LockModeType.PESSIMISTIC_WRITE);
        em.remove(request);
        flushOrReportConflict(em);
        settleIfNoneWaits(request.getSchool());
        audit.record(AuditEventType.ACCOUNT_REQUEST_DECLINED, request.getUsername(), declining.reason());
        Locale locale = request.getLanguage().locale();
        outbox.enqueue(request.getEmail(), Texts.format(locale, "mail.account_request.declined.subject"),
                Texts.format(locale, "mail.account_request.declined.body", request.getFullName(),
                        request.getSchool().getName(), declining.reason()));
    }

    /**
     * Deletes a request and writes nothing to its address: for a request that nobody of the school made (the form is
     * public), whose reason by e-mail would reach someone who never asked.
     */
    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.COORDINATOR})
    public void discard(long id) {
        discardAll(Set.of(id));
    }

    /**
     * Discards several requests at once, as after a flood of requests that nobody of the school made: all of them or,
     * when one is no longer waiting at the caller's school (at any, for a coordinator), none. At most {@value #MAX_DISCARDED} at a time, a page of
     * the list. Returns how many went.
     */
    @RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.COORDINATOR})
    public int discardAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new RejectedException("account_request.none_chosen");
        }
        if (ids.size() > MAX_DISCARDED) {
            throw new RejectedException("account_request.too_many_chosen", MAX_DISCARDED);
        }
        // Locked in the order of their ids, so that two administrators discarding at once wait rather than deadlock.
        List<AccountRequest> discarded = new TreeSet<>(ids).stream()
                .map(id -> waiting(id, LockModeType.PESSIMISTIC_WRITE))
                .toList();
        discarded.forEach(em::remove);
        flushOrReportConflict(em);
        discarded.stream().map(AccountRequest::getSchool).distinct().forEach(this::settleIfNoneWaits);
        discarded.forEach(request -> audit.record(AuditEventType.ACCOUNT_REQUEST_DISCARDED, request.getUsername(),
                "nothing sent to its address"));
        return discarded.size();
    }

    /**
     * Deletes the requests filed before the moment and still unanswered, for the retention. A school left with none
     * waiting has its administrators' notices of requests read, as when its last request is answered: the bell must not
     * point to an empty list. Returns how many requests went.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int deleteFiledBefore(Instant cutoff) {
        List<Institution> schools = em.createQuery("SELECT DISTINCT r.school FROM AccountRequest r WHERE r.createdAt < :cutoff",
                        Institution.class)
                .setParameter("cutoff", cutoff).getResultList();
        int deleted = em.createQuery("DELETE FROM AccountRequest r WHERE r.createdAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        schools.forEach(this::settleIfNoneWaits);
        return deleted;
    }

    /** Why a request is declined: said to the person, so it is required, plain and short. */
    record Declining(
            @NotBlank(message = "{account_request.reason.required}")
            @Size(max = REASON_MAXLENGTH, message = "{text.too_long}")
            @PlainParagraphs
            String reason) {
    }

    private AccountRequest waiting(long id, LockModeType lock) {
        UserAccount caller = callers.getCurrent();
        AccountRequest request = em.find(AccountRequest.class, id, lock);
        if (caller.hasRole(Role.COORDINATOR)) {
            if (request == null) {
                throw new NotFoundException("account_request.no_longer_waiting", id);
            }
        } else if (request == null || !request.getSchool().equals(caller.getInstitution())) {
            throw new NotFoundException("account_request.not_found", id);
        }
        return request;
    }

    /** Every school's requests for a coordinator, the own school's for its administrators. */
    private Listing.Scope<AccountRequest> inCallersScope() {
        UserAccount caller = callers.getCurrent();
        if (caller.hasRole(Role.COORDINATOR)) {
            return (cb, root) -> cb.conjunction();
        }
        Institution school = caller.getInstitution();
        return (cb, root) -> cb.equal(root.get("school"), school);
    }

    private boolean requestWithEmail(String email) {
        return !em.createNamedQuery("AccountRequest.byEmail", AccountRequest.class)
                .setParameter("email", email).getResultList().isEmpty();
    }

    private boolean accountNamed(String username) {
        return !em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty();
    }

    private boolean accountWithEmail(String email) {
        return !em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", email).getResultList().isEmpty();
    }

    /** Once the school's last request is answered, its administrators' notices of requests no longer wait unread. */
    private void settleIfNoneWaits(Institution school) {
        if (waitingAt(school) == 0) {
            notifications.settle(administratorsOf(school), WAITING_PAGE);
        }
    }

    private long waitingAt(Institution school) {
        return em.createQuery("SELECT COUNT(r) FROM AccountRequest r WHERE r.school = :school", Long.class)
                .setParameter("school", school).getSingleResult();
    }

    private List<UserAccount> administratorsOf(Institution school) {
        return em.createNamedQuery("UserAccount.activeInRoleAt", UserAccount.class)
                .setParameter("role", Role.SCHOOL_ADMIN)
                .setParameter("institution", school)
                .getResultList();
    }

    private Notice toConfirm(UserAccount admin, AccountRequest request) {
        Locale locale = admin.getLanguage().locale();
        String role = Texts.format(locale, "account_request.role." + request.getRole().name());
        return new Notice(admin, NotificationKind.ACTION_REQUIRED,
                Texts.format(locale, "notice.account_request.title"),
                Texts.format(locale, "notice.account_request.text", request.getFullName(), role),
                Texts.format(locale, "mail.account_request.to_confirm.body", admin.getFullName(), request.getFullName(),
                        role, request.getEmail(), notifications.publicLink(WAITING_PAGE)),
                WAITING_PAGE);
    }
}
