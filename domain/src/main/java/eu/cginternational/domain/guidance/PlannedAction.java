package eu.cginternational.domain.guidance;

import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.time.PlausibleDate;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a student's action plan, with its due date; the student or the counsellor marks it done (or open again).
 *
 * <p>An action is planned ahead: the due date it is given is the school's today or later ({@link #isDueFrom}), on the
 * clock of the school's country as a session's day. The rule holds when a due date is given, not ever after: an
 * action planned earlier is due on a day that has passed since, and it is still marked done or open again as it is.
 */
@Entity
@Table(name = "planned_action")
public class PlannedAction {

    public static final int DESCRIPTION_MAXLENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @Column(name = "description_text", length = DESCRIPTION_MAXLENGTH, nullable = false)
    @NotBlank(message = "{guidance.action.required}")
    @Size(max = DESCRIPTION_MAXLENGTH, message = "{guidance.action.too_long}")
    @PlainText
    private String description;

    @Column(name = "due_on", nullable = false)
    @NotNull(message = "{guidance.due_on.required}")
    @PlausibleDate
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "done_at")
    private Instant doneAt;

    protected PlannedAction() {
        // for JPA
    }

    PlannedAction(ActionPlan plan, String description, LocalDate dueOn) {
        this.plan = plan;
        this.description = description == null ? null : description.strip();
        this.dueOn = dueOn;
    }

    /** Sets the status; marking done records when, opening again forgets it. Marking twice changes nothing. */
    public void mark(ActionStatus newStatus, Instant now) {
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        doneAt = newStatus == ActionStatus.DONE ? now : null;
    }

    /**
     * Whether the due date is the day given, the school's today ({@code Institution.dayAt}), or later: asked when the due
     * date is given, since any due date passes in time. An action without a due date is reported as such by its
     * constraint, not as one in the past.
     */
    public boolean isDueFrom(LocalDate today) {
        return dueOn == null || !dueOn.isBefore(today);
    }

    public boolean isOverdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
