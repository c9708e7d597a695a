package eu.cginternational.service.notification;

import eu.cginternational.domain.notification.Notification;
import eu.cginternational.service.query.ListTotals;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps notifications no longer than needed: once a day, the read ones created more than
 * {@code cg.notifications.retention-days} days ago (default 180, at least 1) are deleted. Unread ones
 * stay whatever their age, so nothing is lost that a person has not seen. Several instances
 * running it on the same day delete the same rows; the second finds nothing left.
 */
@Stateless
@PermitAll
public class NotificationRetention {

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Inject
    ListTotals totals;

    @Inject
    @ConfigProperty(name = "cg.notifications.retention-days", defaultValue = "180")
    int retentionDays;

    @Schedule(hour = "2", minute = "23", persistent = false)
    void daily() {
        int deleted = deleteExpired(Instant.now());
        if (deleted > 0) {
            log.log(Level.INFO, "{0} read notifications older than {1} days deleted", new Object[] {deleted, days()});
        }
    }

    /** Deletes the read notifications created before the retention period that ends now; returns how many. */
    public int deleteExpired(Instant now) {
        int deleted = em.createQuery("DELETE FROM Notification n WHERE n.readAt IS NOT NULL AND n.createdAt < :cutoff")
                .setParameter("cutoff", now.minus(Duration.ofDays(days())))
                .executeUpdate();
        totals.changed(Notification.class); // a bulk delete passes no entity listener
        return deleted;
    }

    private int days() {
        return Math.max(1, retentionDays);
    }
}
