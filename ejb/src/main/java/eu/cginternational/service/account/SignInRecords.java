package eu.cginternational.service.account;

import eu.cginternational.domain.account.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Writes what a password given rightly or wrongly changed on an account (the count of failures, the lockout, the last
 * sign-in) without moving the account's version: someone guessing a password, at sign-in, on the signing page or
 * when changing it, must not make a coordinator's edit of the account stale (409). The caller has read the account
 * locked for writing in its transaction, so that parallel guesses are counted one after the other.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SignInRecords {

    @PersistenceContext
    EntityManager em;

    /** Counts a wrong password on the locked account; returns whether it locked the account. */
    public boolean failure(UserAccount account, Instant now) {
        em.detach(account);
        boolean lockedNow = account.recordFailedLogin(now);
        write(account);
        return lockedNow;
    }

    /** Records a sign-in on the locked account: its failures forgotten, the time it signed in. */
    public void success(UserAccount account, Instant now) {
        em.detach(account);
        account.recordSuccessfulLogin(now);
        write(account);
    }

    private void write(UserAccount detached) {
        em.createNamedQuery("UserAccount.signInRecorded")
                .setParameter("failedLogins", detached.getFailedLogins())
                .setParameter("lockedUntil", detached.getLockedUntil())
                .setParameter("lastLoginAt", detached.getLastLoginAt())
                .setParameter("id", detached.getId())
                .executeUpdate();
    }
}
