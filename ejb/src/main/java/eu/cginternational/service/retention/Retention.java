package eu.cginternational.service.retention;

import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.service.account.AccountRequests;
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
 * Keeps personal data no longer than it serves. Once a day it deletes:
 * <ul>
 * <li>read notifications created more than {@code cg.notifications.retention-days} days ago (default 180);</li>
 * <li>e-mails of the outbox sent, or given up after their last attempt, more than
 * {@code cg.outbox.retention-days} days ago (default 90): they hold addresses and subjects with names;</li>
 * <li>password-reset and welcome tokens once expired: they can no longer be used;</li>
 * <li>requests for an account that no school administrator answered within
 * {@code cg.account-requests.retention-days} days (default 30); a school left with none waiting has its
 * administrators' notices of them read.</li>
 * </ul>
 * What still has a use stays whatever its age: unread notifications, e-mails waiting to be sent. Each
 * period is at least one day. Several instances running it on the same day delete the same rows; the
 * second finds nothing left. Deleting what the limits let go harms no one, so anyone may ask for it
 * (the tests do); the periods always end at the server's clock, so no caller can make them end later.
 */
@Stateless
@PermitAll
public class Retention {

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Inject
    ListTotals totals;

    @Inject
    AccountRequests accountRequests;

    @Inject
    @ConfigProperty(name = "cg.notifications.retention-days", defaultValue = "180")
    int notificationDays;

    @Inject
    @ConfigProperty(name = "cg.outbox.retention-days", defaultValue = "90")
    int emailDays;

    @Inject
    @ConfigProperty(name = "cg.account-requests.retention-days", defaultValue = "30")
    int accountRequestDays;

    @Schedule(hour = "2", minute = "23", persistent = false)
    void daily() {
        int notifications = deleteReadNotifications();
        int emails = deleteFinishedEmails();
        int tokens = deleteExpiredResetTokens();
        int requests = deleteUnansweredAccountRequests();
        if (notifications + emails + tokens + requests > 0) {
            log.log(Level.INFO, "Retention: {0} read notifications older than {1} days, {2} e-mails finished more than {3}"
                    + " days ago, {4} expired reset tokens and {5} account requests older than {6} days deleted",
                    new Object[] {notifications, days(notificationDays), emails, days(emailDays), tokens, requests,
                            days(accountRequestDays)});
        }
    }

    /** Deletes the read notifications created before the retention period that ends now; returns how many. */
    public int deleteReadNotifications() {
        int deleted = em.createQuery("DELETE FROM Notification n WHERE n.readAt IS NOT NULL AND n.createdAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(Duration.ofDays(days(notificationDays))))
                .executeUpdate();
        totals.changed(Notification.class); // a bulk delete passes no entity listener
        return deleted;
    }

    /**
     * Deletes the outbox's e-mails sent, or failed for good at their last attempt, before the retention period
     * that ends now; pending ones stay. Returns how many.
     */
    public int deleteFinishedEmails() {
        int deleted = em.createQuery("DELETE FROM OutboxMessage m WHERE (m.status = :sent AND m.sentAt < :cutoff)"
                        + " OR (m.status = :failed AND m.updatedAt < :cutoff)")
                .setParameter("sent", OutboxStatus.SENT)
                .setParameter("failed", OutboxStatus.FAILED)
                .setParameter("cutoff", Instant.now().minus(Duration.ofDays(days(emailDays))))
                .executeUpdate();
        totals.changed(OutboxMessage.class);
        return deleted;
    }

    /** Deletes the password-reset and welcome tokens that expired before now, used or not; returns how many. */
    public int deleteExpiredResetTokens() {
        return em.createQuery("DELETE FROM PasswordResetToken t WHERE t.expiresAt < :now")
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    /**
     * Deletes the requests for an account made before the period that ends now and still unanswered, and reads the
     * notices of them that point to a school's list left empty; returns how many requests went.
     */
    public int deleteUnansweredAccountRequests() {
        return accountRequests.deleteFiledBefore(Instant.now().minus(Duration.ofDays(days(accountRequestDays))));
    }

    /** How many days a request for an account waits for its school before it goes. */
    public int accountRequestDays() {
        return days(accountRequestDays);
    }

    /** How many days a read notification stays after it was made. */
    public int notificationDays() {
        return days(notificationDays);
    }

    /** How many days a sent or failed e-mail stays in the outbox. */
    public int emailDays() {
        return days(emailDays);
    }

    private static int days(int configured) {
        return Math.max(1, configured);
    }
}
