package eu.cginternational.domain.training;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's registration for one training: a seat, a place on the waiting list, a request
 * waiting for the school's approval, or ended (cancelled or declined). There is at most one per
 * person and training (also in the database); registering again after cancelling reuses it. Its
 * changes are made only by {@link Training}, which keeps the seats and the list consistent, and each
 * change appends a {@link RegistrationStep} with its reason.
 */
@Entity
@Table(name = "training_registration",
        uniqueConstraints = @UniqueConstraint(name = "uq_registration_person", columnNames = {"training_id", "participant_id"}))
public class Registration extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int FEEDBACK_MAXLENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private UserAccount participant;

    /** The school administrator who nominated the person; null when the person registered themselves. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "nominated_by_id")
    private UserAccount nominatedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private RegistrationStatus status;

    /** The place on the waiting list from 1, while waitlisted; null otherwise. */
    @Column(name = "waiting_position")
    private Integer position;

    /** When the person completed the training; null until then. */
    @Column(name = "completed_at")
    private Instant completedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_basis", length = 20)
    private CompletionBasis completionBasis;

    /** The verification code of the certificate, given with the completion; unique. */
    @Column(name = "certificate_code", length = CertificateCode.LENGTH, unique = true)
    private String certificateCode;

    /** Whether the person counts as having fewer opportunities (rural school or first training), decided when registering. */
    @Column(name = "fewer_opportunities", nullable = false)
    private boolean fewerOpportunities;

    /** When the reminder before the first session was sent; null until then. Sent once per first session. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "feedback_rating")
    private Integer feedbackRating;

    @Column(name = "feedback_comment", length = FEEDBACK_MAXLENGTH)
    private String feedbackComment;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST)
    private List<Attendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<RegistrationStep> history = new ArrayList<>();

    protected Registration() {
        // for JPA
    }

    Registration(Training training, UserAccount participant) {
        this.training = training;
        this.participant = participant;
    }

    /** Moves to a status and position, recording why. */
    void move(RegistrationStatus newStatus, Integer newPosition, RegistrationReason reason, UserAccount actor, Instant now) {
        history.add(new RegistrationStep(this, now, reason, actor, status, newStatus, position, newPosition));
        this.status = newStatus;
        this.position = newPosition;
    }

    /**
     * Records that the person completed the training, with the verification code of their
     * certificate. Only a seat completes (not a place on the list, a request or an ended
     * registration), and only once: a completion is never changed or taken back.
     */
    public void complete(CompletionBasis basis, String code, Instant now) {
        if (status != RegistrationStatus.REGISTERED) {
            throw new TrainingRuleException(TrainingRuleException.Rule.NOT_REGISTERED, status);
        }
        if (isCompleted()) {
            throw new TrainingRuleException(TrainingRuleException.Rule.ALREADY_COMPLETED, completedAt);
        }
        this.certificateCode = CertificateCode.parse(code)
                .orElseThrow(() -> new IllegalArgumentException("Not a certificate code: " + code));
        this.completionBasis = Objects.requireNonNull(basis);
        this.completedAt = Objects.requireNonNull(now);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public CompletionBasis getCompletionBasis() {
        return completionBasis;
    }

    public String getCertificateCode() {
        return certificateCode;
    }

    /**
     * The participant's feedback on the training: a rating from 1 to 5 and an optional comment,
     * given once by someone who held a seat and attended: after the last session has ended, if marked
     * present at one at least, or, for a self-paced module, which never ends, once they have completed
     * it. A seat never taken up says nothing of the training, and would weigh in the provider's average.
     */
    public void leaveFeedback(int rating, String comment, Instant now) {
        if (status != RegistrationStatus.REGISTERED) {
            throw new TrainingRuleException(TrainingRuleException.Rule.NOT_REGISTERED, status);
        }
        if (training.isSelfPaced() && !isCompleted()) {
            throw new TrainingRuleException(TrainingRuleException.Rule.MODULE_NOT_COMPLETED);
        }
        if (!training.isSelfPaced() && !training.isOverAt(now)) {
            throw new TrainingRuleException(TrainingRuleException.Rule.NOT_OVER);
        }
        if (!training.isSelfPaced() && getSessionsAttended() == 0) {
            throw new TrainingRuleException(TrainingRuleException.Rule.NOT_ATTENDED);
        }
        if (feedbackAt != null) {
            throw new TrainingRuleException(TrainingRuleException.Rule.FEEDBACK_GIVEN, feedbackAt);
        }
        if (rating < 1 || rating > 5) {
            throw new TrainingRuleException(TrainingRuleException.Rule.RATING_OUT_OF_RANGE, rating);
        }
        this.feedbackRating = rating;
        this.feedbackComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.feedbackAt = now;
    }

    /** Whether {@link #leaveFeedback} would take the participant's feedback now. */
    public boolean isOpenForFeedbackAt(Instant now) {
        return status == RegistrationStatus.REGISTERED && feedbackAt == null
                && (training.isSelfPaced() ? isCompleted() : training.isOverAt(now) && getSessionsAttended() > 0);
    }

    /** Erases the participant's feedback comment, for their anonymisation; the rating stays in the training's figures. */
    public void eraseFeedbackComment() {
        feedbackComment = null;
    }

    /** Records that the reminder was sent; false (and nothing changes) when it had been sent already. */
    public boolean remind(Instant now) {
        if (remindedAt != null) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /** The first session moved after the reminder was sent: the reminder named the old one, another is due. */
    void forgetReminder() {
        remindedAt = null;
    }

    /** The sessions the person was marked present at. */
    public long getSessionsAttended() {
        return attendance.stream().filter(Attendance::isPresent).count();
    }

    /** The attendance marked for the session, if any. */
    public Optional<Attendance> attendanceAt(TrainingSession session) {
        return attendance.stream().filter(a -> a.getSession().equals(session)).findFirst();
    }

    Attendance addAttendance(TrainingSession session) {
        Attendance created = new Attendance(session, this);
        attendance.add(created);
        return created;
    }

    void fewerOpportunities(boolean flag) {
        this.fewerOpportunities = flag;
    }

    public boolean isFewerOpportunities() {
        return fewerOpportunities;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Integer getFeedbackRating() {
        return feedbackRating;
    }

    public String getFeedbackComment() {
        return feedbackComment;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }

    public List<Attendance> getAttendance() {
        return Collections.unmodifiableList(attendance);
    }

    void nominatedBy(UserAccount schoolAdmin) {
        this.nominatedBy = schoolAdmin;
    }

    public boolean isActive() {
        return status != null && status.isActive();
    }

    public Training getTraining() {
        return training;
    }

    public UserAccount getParticipant() {
        return participant;
    }

    public UserAccount getNominatedBy() {
        return nominatedBy;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getPosition() {
        return position;
    }

    public List<RegistrationStep> getHistory() {
        return Collections.unmodifiableList(history);
    }

    /** The newest change, the one that brought the registration where it is. */
    public RegistrationStep getLastStep() {
        return history.get(history.size() - 1);
    }
}
