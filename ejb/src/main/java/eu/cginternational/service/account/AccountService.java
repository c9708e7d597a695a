package eu.cginternational.service.account;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.PasswordPolicy;
import eu.cginternational.domain.account.PasswordResetToken;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.config.RequestOrigin;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.mail.Outbox;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every person does with their own account: change the password, reset a forgotten one
 * through a one-time e-mailed link, and choose the language.
 */
@Stateless
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    CallerAccounts callers;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    PasswordChangeFailures failures;

    @Inject
    InputValidator validator;

    @Inject
    RequestOrigin origin;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "cg.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
            Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
    public UserAccount current() {
        return callers.getCurrent();
    }

    /**
     * Changes the caller's password after checking the current one. A wrong one counts as a failed sign-in, and a locked
     * account changes nothing until the lock runs out: whoever holds a session does not necessarily know its password,
     * and must not guess it here without limit. Returns the account's new credential stamp: every session of the account
     * signed in before ends at its next request, except the caller's, which the web tier gives the stamp. The links to
     * set a password mailed before stop working too: a person may change their password because someone else read
     * their mailbox, and whoever holds such a link could otherwise set another password and take the account back.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
            Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
    public int changePassword(char[] currentPassword, char[] newPassword) {
        UserAccount account = callers.getCurrent();
        if (account.isLockedAt(Instant.now())) {
            audit.recordSeparately(AuditEventType.PASSWORD_CHANGE_FAILED, account.getUsername(),
                    "account locked until " + account.getLockedUntil());
            throw new RejectedException("account.password.locked");
        }
        // Checked before the account's row is locked: the failure is counted in a transaction of its own, which locks
        // the row itself and would wait for this one.
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            boolean lockedNow = failures.recordFailure(account.getId());
            throw new RejectedException(lockedNow ? "account.password.locked" : "account.password.current_wrong");
        }
        lock(account);
        requireAcceptable(newPassword, account);
        Instant now = Instant.now();
        account.changePasswordHash(passwords.hash(newPassword), now);
        retireOpenLinks(account, now);
        audit.record(AuditEventType.PASSWORD_CHANGED, account.getUsername(), null);
        return account.getCredentialStamp();
    }

    /**
     * Sends a one-time link to set a new password to the account with this username or e-mail
     * address, unless it got {@value PasswordResetToken#LINKS_PER_VALIDITY} links within the last hour.
     * Says nothing about whether such an account exists, or about the limit, so that the form cannot
     * be used to find out who has one, not even by the time it takes to answer: the request only hands the name on, and
     * whether an account has it, and the link, are settled after the answer in a transaction of their own
     * ({@link #linkForgottenPassword}). The forms do not wait for them.
     */
    @PermitAll
    public void requestPasswordReset(String usernameOrEmail) {
        String given = usernameOrEmail == null ? "" : usernameOrEmail.trim();
        context.getBusinessObject(AccountService.class).linkForgottenPassword(given, origin.copy());
    }

    /**
     * What {@link #requestPasswordReset} does about the account, after its answer. The audit entry names the account by
     * its username when the text given is one of its names, whatever its case: an anonymisation finds the entries about
     * a person by that name. It keeps the address the request came from.
     */
    @PermitAll
    @Asynchronous
    public void linkForgottenPassword(String given, RequestOrigin.Copy from) {
        origin.describe(from);
        Optional<UserAccount> known = findByUsernameOrEmail(given);
        Optional<UserAccount> account = known.filter(UserAccount::isActive).map(this::lock);
        Optional<UserAccount> linked = account.filter(this::mayGetAnotherLink);
        audit.recordAs(null, AuditEventType.PASSWORD_RESET_REQUESTED, known.map(UserAccount::getUsername).orElse(given),
                account.isEmpty() ? "no active account"
                : linked.isPresent() ? "link sent" : "no link: " + PasswordResetToken.LINKS_PER_VALIDITY + " sent within the hour");
        linked.ifPresent(a -> sendLink(a, "mail.password_reset", PasswordResetToken.VALIDITY));
    }

    private boolean mayGetAnotherLink(UserAccount account) {
        return em.createNamedQuery("PasswordResetToken.issuedSince", Long.class)
                .setParameter("account", account)
                .setParameter("since", Instant.now().minus(PasswordResetToken.VALIDITY))
                .getSingleResult() < PasswordResetToken.LINKS_PER_VALIDITY;
    }

    /**
     * Sets a new password with a token from a reset or welcome e-mail, for an active account; the token is spent. Every
     * session of the account ends at its next request: a person resets their password to take their account back.
     */
    @PermitAll
    public void resetPassword(String token, char[] newPassword) {
        Instant now = Instant.now();
        PasswordResetToken reset = em.createNamedQuery("PasswordResetToken.byHash", PasswordResetToken.class)
                .setParameter("hash", sha256(token == null ? "" : token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(t -> t.isUsableAt(now) && t.getAccount().isActive())
                .orElseThrow(() -> new RejectedException("account.reset.token_invalid"));
        UserAccount account = reset.getAccount();
        requireAcceptable(newPassword, account);
        reset.use(now);
        account.changePasswordHash(passwords.hash(newPassword), now);
        audit.recordAs(account.getUsername(), AuditEventType.PASSWORD_RESET, account.getUsername(), null);
    }

    /**
     * Issues a link with which a new account sets its first password. Called by user administration and by a school
     * confirming a request for an account.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOL_ADMIN})
    public void sendWelcome(UserAccount account) {
        sendLink(account, "mail.welcome", Duration.ofDays(7));
    }

    /** Records that the caller signs out; the web tier then ends the session. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
            Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
    public void signOut() {
        audit.record(AuditEventType.LOGOUT, callers.getCurrent().getUsername(), null);
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
            Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
    public void switchLanguage(Language language) {
        if (language == null) {
            throw new RejectedException("account.language.required");
        }
        callers.getCurrent().switchLanguage(language);
    }

    /**
     * Withdraws the links to set a password sent to the account so far: when they went to an address it no longer has,
     * whoever reads that address must not be able to take the account, and a deactivated account takes no password.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    public void withdrawLinks(UserAccount account) {
        retireOpenLinks(account, Instant.now());
    }

    private void retireOpenLinks(UserAccount account, Instant now) {
        em.createNamedQuery("PasswordResetToken.openOf", PasswordResetToken.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(t -> t.retire(now));
    }

    private void sendLink(UserAccount account, String textKey, Duration validity) {
        Instant now = Instant.now();
        retireOpenLinks(account, now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new PasswordResetToken(sha256(token), account, now, validity));
        Locale locale = account.getLanguage().locale();
        String link = publicUrl.replaceAll("/+$", "") + "/reset-password.xhtml?token=" + token;
        outbox.enqueueWithSignInLink(account.getEmail(),
                Texts.format(locale, textKey + ".subject"),
                Texts.format(locale, textKey + ".body", account.getFullName(), link, validity.toHours(), validity.toDays()));
    }

    private void requireAcceptable(char[] password, UserAccount account) {
        PasswordPolicy.check(password == null ? null : new String(password), account.getUsername())
                .ifPresent(violation -> {
                    throw validator.invalid("newPassword", "password." + violation.name(), PasswordPolicy.MIN_LENGTH);
                });
    }

    private Optional<UserAccount> findByUsernameOrEmail(String given) {
        String query = given.contains("@") ? "UserAccount.byEmail" : "UserAccount.byUsername";
        String parameter = given.contains("@") ? "email" : "username";
        return em.createNamedQuery(query, UserAccount.class)
                .setParameter(parameter, given.contains("@") ? given : given.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private UserAccount lock(UserAccount account) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        return account;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
