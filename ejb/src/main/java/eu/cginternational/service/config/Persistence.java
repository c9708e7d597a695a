package eu.cginternational.service.config;

import eu.cginternational.service.error.ConcurrentChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** Writing changes so that a lost race becomes a message for the user, not a stack trace. */
public final class Persistence {

    private Persistence() {
    }

    /**
     * Flushes now instead of at commit, so that a stale version or a unique value taken by a
     * concurrent transaction surfaces as {@link ConcurrentChangeException} inside the service.
     */
    public static void flushOrReportConflict(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConcurrentChangeException();
        }
    }
}
