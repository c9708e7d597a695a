package eu.cginternational.domain.training;

import eu.cginternational.domain.account.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of a registration: its status and waiting-list position before and after, why, when
 * and by whom (nobody for changes the platform makes itself, such as a promotion). Never changes.
 */
@Entity
@Table(name = "training_registration_step")
public class RegistrationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false, updatable = false)
    private RegistrationReason reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private UserAccount actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", length = 20, updatable = false)
    private RegistrationStatus before;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", length = 20, nullable = false, updatable = false)
    private RegistrationStatus after;

    @Column(name = "position_before", updatable = false)
    private Integer positionBefore;

    @Column(name = "position_after", updatable = false)
    private Integer positionAfter;

    protected RegistrationStep() {
        // for JPA
    }

    RegistrationStep(Registration registration, Instant occurredAt, RegistrationReason reason, UserAccount actor,
            RegistrationStatus before, RegistrationStatus after, Integer positionBefore, Integer positionAfter) {
        this.registration = registration;
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.actor = actor;
        this.before = before;
        this.after = after;
        this.positionBefore = positionBefore;
        this.positionAfter = positionAfter;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public RegistrationReason getReason() {
        return reason;
    }

    public UserAccount getActor() {
        return actor;
    }

    public boolean isMadeByThePlatform() {
        return actor == null;
    }

    public RegistrationStatus getBefore() {
        return before;
    }

    public RegistrationStatus getAfter() {
        return after;
    }

    public Integer getPositionBefore() {
        return positionBefore;
    }

    public Integer getPositionAfter() {
        return positionAfter;
    }
}
