package eu.cginternational.domain.mail;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.text.ErasedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An e-mail waiting to be sent, or the record of one that was. Delivery is tried up to
 * {@value #MAX_ATTEMPTS} times, each retry later than the one before ({@link #RETRY_DELAYS}), so that
 * a mail server down for hours loses nothing; after the last the message is {@link OutboxStatus#FAILED}
 * and stays visible to coordinators, who may send it again once the mail server works ({@link #sendAgain}).
 *
 * <p>Once sent, only the record stays: recipient, subject, time, error. The body goes, because it may
 * hold a link that signs its reader in (a password-reset or welcome link) and nothing reads it afterwards;
 * a copy of the database must not hold a working one. A failed message keeps its body, to be sent again,
 * unless it holds such a link ({@link #withSignInLink}): its reader asks for a new one instead, which
 * the coordinator can send too.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = "OutboxMessage.due", query = "SELECT m.id FROM OutboxMessage m WHERE m.status = eu.cginternational.domain.mail.OutboxStatus.PENDING"
        + " AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now) ORDER BY m.id")
public class OutboxMessage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** How long a message waits after each failed attempt before the next: about a day in all. */
    public static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12));

    public static final int MAX_ATTEMPTS = 8;
    public static final int SUBJECT_MAXLENGTH = 200;

    @Column(length = 254, nullable = false, updatable = false)
    private String recipient;

    @Column(length = SUBJECT_MAXLENGTH, nullable = false)
    private String subject;

    @Lob
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "holds_sign_in_link", nullable = false, updatable = false)
    private boolean holdsSignInLink;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(String recipient, String subject, String body) {
        this.recipient = Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        this.subject = clipped(subject);
        this.body = Objects.requireNonNull(body);
    }

    /** An e-mail whose body holds a link that signs its reader in: given up, it keeps no body. */
    public static OutboxMessage withSignInLink(String recipient, String subject, String body) {
        OutboxMessage message = new OutboxMessage(recipient, subject, body);
        message.holdsSignInLink = true;
        return message;
    }

    public void markSent(Instant now) {
        requirePending();
        status = OutboxStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        body = null;
        nextAttemptAt = null;
    }

    public void markAttemptFailed(String error, Instant now) {
        requirePending();
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
            if (holdsSignInLink) {
                body = null;
            }
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(RETRY_DELAYS.get(attempts - 1));
        }
    }

    /** Whether a coordinator may put it back in the queue: given up, with its body still there. */
    public boolean canBeSentAgain() {
        return status == OutboxStatus.FAILED && body != null;
    }

    /**
     * Puts a failed message back in the queue, due at once, with all its attempts before it: the mail server it failed
     * on is assumed fixed. The last error stays until the next attempt replaces it.
     */
    public void sendAgain() {
        if (!canBeSentAgain()) {
            throw new IllegalStateException("Only a failed message with its body can be sent again, not one that is " + status);
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = null;
    }

    /** Whether a delivery run at this moment should try it. */
    public boolean isDueAt(Instant now) {
        return isPending() && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    private void requirePending() {
        if (!isPending()) {
            throw new IllegalStateException("Only a pending message can be sent, not one that is " + status);
        }
    }

    public boolean isPending() {
        return status == OutboxStatus.PENDING;
    }

    public String getRecipient() {
        return recipient;
    }

    /**
     * Replaces a person's name with their pseudonym, when that person is anonymised. A pseudonym longer than the name may
     * take a subject at its column's length beyond it: clipped again, as when it was queued, or the anonymisation could
     * not be saved.
     */
    public void rename(String name, String pseudonym) {
        subject = clipped(ErasedText.renamed(subject, name, pseudonym));
        body = ErasedText.renamed(body, name, pseudonym);
    }

    private static String clipped(String subject) {
        return subject.length() > SUBJECT_MAXLENGTH ? subject.substring(0, SUBJECT_MAXLENGTH) : subject;
    }

    public String getSubject() {
        return subject;
    }

    /** The text to send; {@code null} once sent, or given up when it held a sign-in link. */
    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    /** When a pending message that failed is tried again; {@code null} when it has not failed or is finished. */
    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
