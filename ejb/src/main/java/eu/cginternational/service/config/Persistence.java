package eu.cginternational.service.config;

import eu.cginternational.service.error.ConcurrentChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;

/** Writing changes so that a lost race becomes a message for the user, not a stack trace. */
public final class Persistence {

    private Persistence() {
    }

    /**
     * Flushes now instead of at commit, so that a stale version, a unique value taken or a row deleted by a concurrent
     * transaction, or a lock waited for in vain, surfaces as {@link ConcurrentChangeException} inside the service.
     * Any other failure is a fault, not a race, and is not reported as one: telling the person that someone else changed
     * the record would send them to try again, and again.
     */
    public static void flushOrReportConflict(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            throw new ConcurrentChangeException();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new ConcurrentChangeException();
            }
            throw e;
        }
    }

    /**
     * Whether the database refused the write for what another transaction did: a key taken (23505), a row referred
     * to gone (23503), or a deadlock or lock timeout (class 40, as Derby and PostgreSQL report them). The other states
     * of class 23, a null or a check refused, are the platform's own faults.
     */
    static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().equals("23505")
                    || sql.getSQLState().equals("23503") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }
}
