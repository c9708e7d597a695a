package eu.cginternational.service.admin;

import eu.cginternational.domain.account.AccountRuleException;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.account.AccountService;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.account.Passwords;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.service.training.TrainingRegistrations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import jakarta.persistence.criteria.JoinType;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

/**
 * The coordinator's administration of accounts. A new account gets no password from the
 * coordinator: it gets a random one nobody knows and an e-mail with a link to set its own.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class UserAdministration {

    private static final Listing<UserAccount> LISTING = Listing.of(UserAccount.class)
            .textFilter("username", root -> root.get("username"))
            .textFilter("fullName", root -> root.get("fullName"))
            .textFilter("email", root -> root.get("email"))
            .textFilter("institution", root -> root.get("institution").get("name"))
            .filter("role", (cb, root, value) -> cb.isMember(Role.valueOf(value), root.get("roles")))
            .filter("active", (cb, root, value) -> cb.equal(root.get("active"), Boolean.parseBoolean(value)))
            .sort("username", root -> root.get("username"))
            .sort("fullName", root -> root.get("fullName"))
            .sort("email", root -> root.get("email"))
            .sort("institution", root -> root.get("institution").get("name"))
            .sort("lastLoginAt", root -> root.get("lastLoginAt"))
            .sort("active", root -> root.get("active"))
            .fetch(root -> root.fetch("institution", JoinType.INNER).fetch("country", JoinType.INNER))
            .batchRead("roles")
            .defaultSort("username", true);

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
    AuditLog audit;

    @Inject
    TrainingRegistrations trainings;

    public Page<UserAccount> page(PageRequest request) {
        return LISTING.page(em, request);
    }

    public List<UserAccount> list(PageRequest request) {
        return LISTING.items(em, request);
    }

    public long count(Map<String, String> filters) {
        return LISTING.count(em, filters);
    }

    public UserAccount get(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException("user.not_found", id);
        }
        return account;
    }

    /** Creates the account and mails its owner a link to choose a password. */
    public UserAccount create(UserDraft draft) {
        validator.validate(draft);
        Institution institution = institutionOf(draft, null);
        requireFree(draft, null);
        UserAccount account = new UserAccount(draft.getUsername(), draft.getEmail(), draft.getFullName(), institution,
                draft.getRoles(), draft.getLanguage(), passwords.unknownPasswordHash());
        requireRolesFit(account);
        em.persist(account);
        flushOrReportConflict(em);
        audit.record(AuditEventType.USER_CREATED, account.getUsername(), "roles " + names(account.getRoles()));
        accounts.sendWelcome(account);
        return account;
    }

    public UserAccount update(long id, UserDraft draft) {
        UserAccount account = current(id, draft.getVersion());
        // The account refuses it too (describe), but asked first: validating the draft would refuse the pseudonym's
        // username as reserved, a message that does not say what is wrong.
        if (account.isAnonymised()) {
            throw new RejectedException("user.rule." + AccountRuleException.Rule.ANONYMISED);
        }
        draft.setUsername(account.getUsername());
        validator.validate(draft);
        Institution institution = institutionOf(draft, account.getInstitution());
        requireFree(draft, account);
        Set<Role> rolesBefore = Set.copyOf(account.getRoles());
        // Asked before the change: a query after it would flush it early, outside flushOrReportConflict.
        boolean ownAccount = isCaller(account);
        String emailBefore = account.getEmail();
        account.describe(draft.getEmail(), draft.getFullName(), institution, draft.getRoles(), draft.getLanguage());
        requireRolesFit(account);
        if (ownAccount && !account.hasRole(Role.COORDINATOR)) {
            throw new RejectedException("user.cannot_demote_self");
        }
        flushOrReportConflict(em);
        audit.record(AuditEventType.USER_UPDATED, account.getUsername(), null);
        if (!rolesBefore.equals(account.getRoles())) {
            audit.record(AuditEventType.USER_ROLES_CHANGED, account.getUsername(),
                    names(rolesBefore) + " -> " + names(account.getRoles()));
        }
        if (!emailBefore.equals(account.getEmail())) {
            readdressLinks(account);
        }
        return account;
    }

    /**
     * Sends a new link to choose a password to someone who has not signed in yet: their first e-mail was lost, or its
     * link expired. The links sent before stop working. Someone who has signed in asks for a new password themselves.
     */
    public UserAccount sendWelcomeAgain(long id, Long version) {
        UserAccount account = current(id, version);
        if (!account.isActive()) {
            throw new RejectedException("user.welcome.inactive");
        }
        if (account.getLastLoginAt() != null) {
            throw new RejectedException("user.welcome.signed_in");
        }
        accounts.sendWelcome(account);
        audit.record(AuditEventType.WELCOME_SENT, account.getUsername(), "again");
        return account;
    }

    /**
     * The links to choose a password went to the former address, perhaps a mistyped one: whoever reads it must not be
     * able to take the account, so they stop working. Someone who has never signed in still needs one, at the new address.
     */
    private void readdressLinks(UserAccount account) {
        if (account.isAwaitingFirstSignIn()) {
            accounts.sendWelcome(account);
            audit.record(AuditEventType.WELCOME_SENT, account.getUsername(), "to the changed e-mail address");
        } else {
            accounts.withdrawLinks(account);
        }
    }

    /**
     * Deactivates the account: it no longer signs in and is told nothing, and what it holds in trainings still to come
     * goes to the next people ({@link TrainingRegistrations#releaseHeldBy}), which the audit entry names. An inactive
     * account is refused (422) like every step that would change nothing, so a repeated one records nothing again.
     */
    public UserAccount deactivate(long id, Long version) {
        UserAccount account = current(id, version);
        if (isCaller(account)) {
            throw new RejectedException("user.cannot_deactivate_self");
        }
        RejectedException.unlessRuleBroken("user.rule.", () -> {
            account.deactivate();
            return account;
        });
        flushOrReportConflict(em);
        // A link still open would let its reader choose a password the day the account is activated again.
        accounts.withdrawLinks(account);
        TrainingRegistrations.Release release = trainings.releaseHeldBy(account);
        audit.record(AuditEventType.USER_DEACTIVATED, account.getUsername(), release.describe());
        return account;
    }

    /** Activates the account again; an active one is refused (422), so a repeated step records nothing again. */
    public UserAccount activate(long id, Long version) {
        UserAccount account = current(id, version);
        RejectedException.unlessRuleBroken("user.rule.", () -> {
            account.activate();
            return account;
        });
        flushOrReportConflict(em);
        audit.record(AuditEventType.USER_ACTIVATED, account.getUsername(), null);
        return account;
    }

    /**
     * Lifts a lockout before its 15 minutes are over, for a person who called the helpdesk. An account holding no lock
     * is refused (422), so a repeated step records nothing again.
     */
    public UserAccount unlock(long id, Long version) {
        UserAccount account = current(id, version);
        RejectedException.unlessRuleBroken("user.rule.", () -> {
            account.unlock();
            return account;
        });
        flushOrReportConflict(em);
        audit.record(AuditEventType.USER_UNLOCKED, account.getUsername(), null);
        return account;
    }

    private boolean isCaller(UserAccount account) {
        return callers.findCurrent().filter(account::equals).isPresent();
    }

    private UserAccount current(long id, Long versionSeen) {
        UserAccount account = get(id);
        if (!Objects.equals(versionSeen, account.getVersion())) {
            throw new ConcurrentChangeException();
        }
        return account;
    }

    /**
     * The institution the draft names: an active one, or the one the account is at already. A person stays at a
     * deactivated institution until moved, and their name, address, language and roles are still corrected meanwhile;
     * nobody is placed at one anew.
     *
     * <p>Its row is locked, and so read from the database rather than the shared cache, until the account is saved: a
     * change of the institution's type or its deactivation ({@link InstitutionAdministration}) locks it too, so either
     * it waits for the account and then finds it among the institution's, or the account waits for it and is held to
     * the institution as changed. Without the lock a school could take a teacher at the moment it became a company.
     */
    private Institution institutionOf(UserDraft draft, Institution current) {
        Institution institution = em.find(Institution.class, draft.getInstitutionId(), LockModeType.PESSIMISTIC_WRITE);
        if (institution == null || !(institution.isActive() || institution.equals(current))) {
            throw validator.invalid("institutionId", "user.institution.unknown");
        }
        return institution;
    }

    private void requireRolesFit(UserAccount account) {
        Set<Role> misfits = account.rolesNotFittingInstitution();
        if (!misfits.isEmpty()) {
            throw validator.invalid("roles", "user.roles.not_fitting", names(misfits));
        }
    }

    private void requireFree(UserDraft draft, UserAccount self) {
        boolean usernameTaken = self == null && em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", draft.getUsername()).getResultStream().findAny().isPresent();
        if (usernameTaken) {
            throw validator.invalid("username", "user.username.taken");
        }
        boolean emailTaken = em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
                .setParameter("email", draft.getEmail()).getResultStream().anyMatch(other -> !other.equals(self));
        if (emailTaken) {
            throw validator.invalid("email", "user.email.taken");
        }
    }

    /** Role names in a stable order, for refusals and the audit log. */
    static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)).toString();
    }
}
