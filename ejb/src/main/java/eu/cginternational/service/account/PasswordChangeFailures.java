package eu.cginternational.service.account;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Records a wrong current password given to change one's password, in a transaction of its own: the refused change
 * rolls back, its audit entry and the failure count must not. The count is the sign-in count, so that whoever holds a
 * session without knowing its password cannot guess it here without limit: five wrong guesses lock the account exactly
 * as five failed sign-ins do (as {@code SigningPasswords} does for the signing page).
 */
@Stateless
@PermitAll
public class PasswordChangeFailures {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SignInRecords records;

    /** Counts the failure on the account (locked while counting); returns whether it locked the account. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        boolean lockedNow = records.failure(account, now);
        audit.record(AuditEventType.PASSWORD_CHANGE_FAILED, account.getUsername(),
                "current password wrong, failure " + account.getFailedLogins());
        if (lockedNow) {
            audit.record(AuditEventType.ACCOUNT_LOCKED, account.getUsername(), "locked until " + account.getLockedUntil());
        }
        return lockedNow;
    }
}
