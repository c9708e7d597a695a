package eu.cginternational.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log. Immutable: no setters and no version, every column is
 * {@code updatable = false}. The actor and target are kept as names, not foreign keys, so that the
 * log still reads correctly for failed logins with unknown usernames. The one change the log takes is an
 * anonymisation's, in SQL (service.privacy.Anonymisation): the person's username becomes their pseudonym.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int NAME_MAXLENGTH = 100;
    public static final int DETAIL_MAXLENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 40, nullable = false, updatable = false)
    private AuditEventType type;

    @Column(length = NAME_MAXLENGTH, updatable = false)
    private String actor;

    @Column(length = NAME_MAXLENGTH, updatable = false)
    private String target;

    @Column(name = "client_address", length = 45, updatable = false)
    private String clientAddress;

    @Column(length = DETAIL_MAXLENGTH, updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, AuditEventType type, String actor, String target, String clientAddress,
            String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.type = Objects.requireNonNull(type);
        this.actor = clip(actor, NAME_MAXLENGTH);
        this.target = clip(target, NAME_MAXLENGTH);
        this.clientAddress = clip(clientAddress, 45);
        this.detail = clip(detail, DETAIL_MAXLENGTH);
    }

    // An attacker chooses the username of a failed login: keep the log writable whatever its length.
    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getTarget() {
        return target;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
