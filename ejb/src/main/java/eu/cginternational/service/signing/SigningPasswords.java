package eu.cginternational.service.signing;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.account.SignInRecords;
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
 * Records a wrong password given to sign, in a transaction of its own: the refused signature rolls
 * back, its audit entry and the failure count must not. The count is the sign-in count, so guessing
 * a password on the signing page locks the account exactly as guessing it on the sign-in page does.
 */
@Stateless
@PermitAll
public class SigningPasswords {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SignInRecords records;

    /** Counts the failure on the account (locked while counting); returns whether it locked the account. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(long accountId, long documentId) {
        UserAccount account = em.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        boolean lockedNow = records.failure(account, now);
        audit.record(AuditEventType.SIGNATURE_PASSWORD_FAILED, "signed document " + documentId,
                "wrong password, failure " + account.getFailedLogins());
        if (lockedNow) {
            audit.record(AuditEventType.ACCOUNT_LOCKED, account.getUsername(), "locked until " + account.getLockedUntil());
        }
        return lockedNow;
    }
}
