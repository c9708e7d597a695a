package eu.cginternational.domain.guidance;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.text.PlainParagraphs;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A student's action plan at one school: the goals agreed with the counsellor and the actions towards them, each
 * with a due date. The plan belongs to the school that made it: a student who moves to another school gets a new plan
 * there, and the new school does not read the old one. One plan per student and school (a unique key in the database).
 */
@Entity
@Table(name = "action_plan",
        uniqueConstraints = @UniqueConstraint(name = "uq_action_plan_student_school",
                columnNames = {"student_id", "school_id"}))
public class ActionPlan extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int GOALS_MAXLENGTH = 2000;

    /**
     * The version of a plan not made yet, as a reader sees it and sends it back: the persistence provider numbers a
     * plan's versions from 1, so a change based on "no plan yet" is refused once a plan has been made meanwhile.
     */
    public static final long NOT_MADE = 0L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private UserAccount student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private Institution school;

    @Column(name = "goals_text", length = GOALS_MAXLENGTH)
    @Size(max = GOALS_MAXLENGTH, message = "{guidance.goals.too_long}")
    @PlainParagraphs
    private String goals;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn ASC, id ASC")
    private List<PlannedAction> actions = new ArrayList<>();

    protected ActionPlan() {
        // for JPA
    }

    public ActionPlan(UserAccount student) {
        this.student = student;
        this.school = student.getInstitution();
    }

    public void setGoals(String goals) {
        this.goals = goals == null || goals.isBlank() ? null : goals.strip();
    }

    public PlannedAction plan(String description, java.time.LocalDate dueOn) {
        PlannedAction action = new PlannedAction(this, description, dueOn);
        actions.add(action);
        return action;
    }

    public long openActions() {
        return actions.stream().filter(a -> a.getStatus() == ActionStatus.OPEN).count();
    }

    /** Whether the student is still at the school that made the plan: only then do the student and the school see it. */
    public boolean isOfTheStudentsSchool() {
        return school.equals(student.getInstitution());
    }

    public UserAccount getStudent() {
        return student;
    }

    public Institution getSchool() {
        return school;
    }

    public String getGoals() {
        return goals;
    }

    public List<PlannedAction> getActions() {
        return Collections.unmodifiableList(actions);
    }
}
