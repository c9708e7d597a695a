package eu.cginternational.domain.mail;

import eu.cginternational.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An e-mail waiting to be sent, or the record of one that was. Delivery is retried up to
 * {@value #MAX_ATTEMPTS} times; after that the message is {@link OutboxStatus#FAILED} and stays
 * visible to coordinators.
 *
 * <p>Once sent, or given up, only the record stays: recipient, subject, time, error. The body goes,
 * because it may hold a link that signs its reader in (a password-reset or welcome link) and nothing
 * reads it afterwards; a copy of the database must not hold a working one.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = "OutboxMessage.due", query = "SELECT m.id FROM OutboxMessage m WHERE m.status = eu.cginternational.domain.mail.OutboxStatus.PENDING ORDER BY m.id")
public class OutboxMessage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ATTEMPTS = 5;
    public static final int SUBJECT_MAXLENGTH = 200;

    @Column(length = 254, nullable = false, updatable = false)
    private String recipient;

    @Column(length = SUBJECT_MAXLENGTH, nullable = false, updatable = false)
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

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(String recipient, String subject, String body) {
        this.recipient = Objects.requireNonNull(recipient);
        Objects.requireNonNull(subject);
        this.subject = subject.length() > SUBJECT_MAXLENGTH ? subject.substring(0, SUBJECT_MAXLENGTH) : subject;
        this.body = Objects.requireNonNull(body);
    }

    public void markSent(Instant now) {
        requirePending();
        status = OutboxStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        body = null;
    }

    public void markAttemptFailed(String error) {
        requirePending();
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
            body = null;
        }
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

    public String getSubject() {
        return subject;
    }

    /** The text to send; {@code null} once sent or given up. */
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
}
