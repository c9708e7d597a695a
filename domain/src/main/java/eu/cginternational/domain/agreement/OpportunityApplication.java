package eu.cginternational.domain.agreement;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.AgreementRuleException.Rule;
import eu.cginternational.domain.text.ErasedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's application to an opportunity, with a motivation; the administrators of the
 * student's school accept it (taking a seat; a mobility draft is made from it) or decline it with a
 * reason. Decided once. When the placement closes before the school decides, the platform declines
 * it (no one is then named as having decided).
 */
@Entity
@Table(name = "opportunity_application")
public class OpportunityApplication extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MOTIVATION_MAXLENGTH = 2000;
    public static final int REASON_MAXLENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
    private Opportunity opportunity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private UserAccount student;

    @Column(name = "motivation", length = MOTIVATION_MAXLENGTH, nullable = false)
    private String motivation;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private ApplicationStatus status = ApplicationStatus.PENDING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private UserAccount decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason", length = REASON_MAXLENGTH)
    private String declineReason;

    /** The mobility draft made from the accepted application. */
    @Column(name = "mobility_id")
    private Long mobilityId;

    protected OpportunityApplication() {
        // for JPA
    }

    public OpportunityApplication(Opportunity opportunity, UserAccount student, String motivation, LocalDate today,
            Instant now) {
        this.opportunity = Objects.requireNonNull(opportunity);
        this.student = Objects.requireNonNull(student);
        if (!student.hasRole(Role.STUDENT)) {
            throw new IllegalArgumentException("Only students apply to opportunities");
        }
        refusal(opportunity, student, today).ifPresent(rule -> {
            throw new AgreementRuleException(rule);
        });
        if (motivation == null || motivation.isBlank()) {
            throw new IllegalArgumentException("A motivation is required");
        }
        this.motivation = motivation.strip();
        this.appliedAt = now;
    }

    /**
     * The rule that keeps the student from applying to the placement on the day, if any: it is in the
     * student's own country (the board is for mobilities abroad), or it is not open (closed, full,
     * begun, or its agreement no longer in force). Whether they applied already is the board's to know.
     */
    public static Optional<Rule> refusal(Opportunity opportunity, UserAccount student, LocalDate today) {
        if (opportunity.getHost().isIn(student.getInstitution().getCountry())) {
            return Optional.of(Rule.NOT_ABROAD);
        }
        if (!opportunity.isOpenOn(today)) {
            return Optional.of(Rule.OPPORTUNITY_CLOSED);
        }
        return Optional.empty();
    }

    /**
     * The school accepts: takes a seat of a placement still open and not begun, under an agreement in
     * force on the day; the mobility draft made from it is linked with {@link #becameMobility}.
     */
    public void accept(UserAccount by, LocalDate today, Instant now) {
        requirePending();
        opportunity.takeSeat(today);
        status = ApplicationStatus.ACCEPTED;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = now;
    }

    public void becameMobility(long id) {
        if (status != ApplicationStatus.ACCEPTED || mobilityId != null) {
            throw new IllegalStateException("Application " + getId() + " is not accepted or has a mobility already");
        }
        mobilityId = id;
    }

    public void decline(UserAccount by, String reason, Instant now) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw new AgreementRuleException(Rule.REASON_REQUIRED, ApplicationStatus.DECLINED);
        }
        status = ApplicationStatus.DECLINED;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = now;
        declineReason = reason.strip();
    }

    /**
     * The placement closed (its company closed it, or its agreement ended) while the application
     * waited for the school: it is declined by the platform, with the reason given, so that the
     * student knows at once and can apply elsewhere rather than wait for a decision that cannot come.
     * Nothing happens to an application already decided.
     *
     * @return whether the application was waiting and is now declined
     */
    public boolean placementClosed(String reason, Instant now) {
        if (status != ApplicationStatus.PENDING) {
            return false;
        }
        if (opportunity.getStatus() != OpportunityStatus.CLOSED) {
            throw new IllegalStateException("Placement " + opportunity.getId() + " is still open");
        }
        status = ApplicationStatus.DECLINED;
        decidedAt = now;
        declineReason = Objects.requireNonNull(reason).strip();
        return true;
    }

    private void requirePending() {
        if (status != ApplicationStatus.PENDING) {
            throw new AgreementRuleException(Rule.APPLICATION_DECIDED, status);
        }
    }

    /** Erases the student's motivation and the reason given to them, for the student's anonymisation. */
    public void eraseTexts() {
        motivation = ErasedText.MARK;
        if (declineReason != null) {
            declineReason = ErasedText.MARK;
        }
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public UserAccount getStudent() {
        return student;
    }

    public String getMotivation() {
        return motivation;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public UserAccount getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getMobilityId() {
        return mobilityId;
    }
}
