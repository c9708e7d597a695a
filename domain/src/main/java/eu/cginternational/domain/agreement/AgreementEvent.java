package eu.cginternational.domain.agreement;

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

/** One step of an agreement's history: what happened to which version, who did it, when, why. Never changes. */
@Entity
@Table(name = "agreement_event")
public class AgreementEvent {

    public static final int COMMENT_MAXLENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private AgreementAction action;

    /** Who took the step; null for the steps the platform takes by itself (expiry). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private UserAccount actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "comment_text", length = COMMENT_MAXLENGTH, updatable = false)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", length = 20, nullable = false, updatable = false)
    private AgreementStatus before;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", length = 20, nullable = false, updatable = false)
    private AgreementStatus after;

    protected AgreementEvent() {
        // for JPA
    }

    AgreementEvent(Agreement agreement, int versionNumber, AgreementAction action, UserAccount actor, Instant occurredAt,
            String comment, AgreementStatus before, AgreementStatus after) {
        this.agreement = agreement;
        this.versionNumber = versionNumber;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.comment = comment;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public AgreementAction getAction() {
        return action;
    }

    public UserAccount getActor() {
        return actor;
    }

    public boolean isTakenByThePlatform() {
        return actor == null;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }

    public AgreementStatus getBefore() {
        return before;
    }

    public AgreementStatus getAfter() {
        return after;
    }
}
