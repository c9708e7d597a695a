package eu.cginternational.domain.learning;

import eu.cginternational.domain.account.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One numbered version of a learning agreement: its content, who made it and when, and for every
 * version after the first the reason for the change, and when it was withdrawn from signature, with the sending school's
 * comment if it gave one. Only the agreement
 * changes a version, and only its current one while the mobility is being prepared and it was not withdrawn; a
 * superseded version never changes.
 * Its concurrent changes are guarded by the agreement's optimistic lock.
 */
@Entity
@Table(name = "learning_agreement_version")
public class LearningAgreementVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAXLENGTH = 2000;
    public static final int WITHDRAWAL_COMMENT_MAXLENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private LearningAgreement agreement;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Embedded
    private LearningAgreementContent content;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "made_by_id", nullable = false)
    private UserAccount madeBy;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "change_reason", length = REASON_MAXLENGTH, updatable = false)
    private String reason;

    /** When the sending school withdrew it from signature; it then stays as it was sent. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** Why the sending school withdrew it from signature, as it wrote it; null when it gave no reason. */
    @Column(name = "withdrawal_comment", length = WITHDRAWAL_COMMENT_MAXLENGTH)
    private String withdrawalComment;

    protected LearningAgreementVersion() {
        // for JPA
    }

    LearningAgreementVersion(LearningAgreement agreement, int number, LearningAgreementContent content,
            UserAccount madeBy, Instant madeAt, String reason) {
        this.agreement = agreement;
        this.number = number;
        this.content = content;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.reason = reason;
    }

    /** Replaces the content of the current version while the mobility is prepared; called by the agreement only. */
    void replace(LearningAgreementContent newContent, UserAccount by, Instant at) {
        this.content = newContent;
        this.madeBy = by;
        this.madeAt = at;
    }

    /** Marks the version withdrawn from signature, with the comment (null for none); called by the agreement only. */
    void withdrawn(Instant at, String comment) {
        withdrawnAt = at;
        withdrawalComment = comment;
    }

    public Long getId() {
        return id;
    }

    public LearningAgreement getAgreement() {
        return agreement;
    }

    public int getNumber() {
        return number;
    }

    public boolean isFirst() {
        return number == 1;
    }

    /** Whether a later version has replaced this one; a superseded version is final. */
    public boolean isSuperseded() {
        return number < agreement.getCurrent().getNumber();
    }

    public LearningAgreementContent getContent() {
        return content;
    }

    public UserAccount getMadeBy() {
        return madeBy;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    /** When the sending school withdrew it from signature; null when it was not. */
    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalComment() {
        return withdrawalComment;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** Why the version was made; null for the first version, and for one made while preparing after a withdrawal. */
    public String getReason() {
        return reason;
    }
}
