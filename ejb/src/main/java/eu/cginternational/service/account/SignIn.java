package eu.cginternational.service.account;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.account.SignInOutcome.Result;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Checks a username and password and records the attempt. Failures are counted on the account,
 * which locks itself after {@value UserAccount#MAX_FAILED_LOGINS} of them; the row is locked while
 * counting so that parallel guesses cannot slip past the limit. The outcome is returned, not thrown,
 * so that the count and the audit entry of a failure are committed.
 * <p>
 * Neither a failure, nor the lockout it may start, nor a success moves the account's version: the account is detached
 * before the attempt changes it, and {@link SignInRecords} writes the change. Someone guessing a password
 * must not make a coordinator's edit of the account stale (409), nor must an API client signing in again and again.
 */
@Stateless
@PermitAll
public class SignIn {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    SignInRecords records;

    public SignInOutcome attempt(String username, char[] password) {
        Instant now = Instant.now();
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            passwords.verifyNothing(password);
            audit.recordAs(name, AuditEventType.LOGIN_FAILED, name, "unknown user");
            return SignInOutcome.failed(Result.INVALID);
        }
        if (account.isLockedAt(now)) {
            audit.recordAs(name, AuditEventType.LOGIN_FAILED, name, "account locked until " + account.getLockedUntil());
            return SignInOutcome.failed(Result.LOCKED);
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            boolean lockedNow = records.failure(account, now);
            audit.recordAs(name, AuditEventType.LOGIN_FAILED, name, "wrong password, failure " + account.getFailedLogins());
            if (lockedNow) {
                audit.recordAs(name, AuditEventType.ACCOUNT_LOCKED, name, "locked until " + account.getLockedUntil());
                return SignInOutcome.failed(Result.LOCKED);
            }
            return SignInOutcome.failed(Result.INVALID);
        }
        if (!account.isActive()) {
            audit.recordAs(name, AuditEventType.LOGIN_FAILED, name, "account inactive");
            return SignInOutcome.failed(Result.INACTIVE);
        }
        SignInOutcome signedIn = new SignInOutcome(Result.SIGNED_IN, account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                account.getCredentialStamp());
        records.success(account, now);
        audit.recordAs(name, AuditEventType.LOGIN_SUCCEEDED, name, null);
        return signedIn;
    }
}
