package eu.cginternational.domain.mobility;

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

/** One step of a mobility's history: who did what, when, with which comment, from which status to which. Never changes. */
@Entity
@Table(name = "mobility_step")
public class MobilityStep {

    public static final int COMMENT_MAXLENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mobility_id", nullable = false, updatable = false)
    private Mobility mobility;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private MobilityAction action;

    /** Who took the step; null for steps the platform takes by itself on their date. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private UserAccount actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "comment_text", length = COMMENT_MAXLENGTH, updatable = false)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", length = 20, nullable = false, updatable = false)
    private MobilityStatus before;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", length = 20, nullable = false, updatable = false)
    private MobilityStatus after;

    protected MobilityStep() {
        // for JPA
    }

    MobilityStep(Mobility mobility, MobilityAction action, UserAccount actor, Instant occurredAt, String comment,
            MobilityStatus before, MobilityStatus after) {
        this.mobility = mobility;
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

    public MobilityAction getAction() {
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

    public MobilityStatus getBefore() {
        return before;
    }

    public MobilityStatus getAfter() {
        return after;
    }
}
