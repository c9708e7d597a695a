package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.guidance.ActionStatus;
import eu.cginternational.service.guidance.Counselling;
import eu.cginternational.service.guidance.StudentGuidance;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /guidance/student.xhtml?id=...}: a student's sessions and action plan. The counsellor
 * records sessions, sets goals and plans actions here; the student (without an id: their own)
 * reads them and marks actions done. Outside the school the service answers "not found".
 */
@Named
@ViewScoped
public class StudentGuidanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Counselling counselling;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private StudentGuidance guidance;

    private LocalDate heldOn;
    private String topics;
    private String notes;
    private boolean privateNote;
    private String goals;
    private String actionDescription;
    private LocalDate actionDue;

    public void load() {
        guidance = id == null && activeUser.is(Role.STUDENT) ? counselling.mine() : counselling.guidance(id == null ? -1 : id);
        id = guidance.studentId();
        goals = guidance.goals();
        if (heldOn == null) {
            // Today at the school, where the session is held: the day overdue actions are counted by, not the server's.
            heldOn = guidance.today();
        }
    }

    @ReportsRefusals
    public void recordSession() {
        counselling.recordSession(id, heldOn, topics, notes, privateNote);
        Messages.addFlashGlobalInfo("guidance.session.recorded");
        reload();
    }

    @ReportsRefusals
    public void saveGoals() {
        counselling.setGoals(id, goals, guidance.planVersion());
        Messages.addFlashGlobalInfo("guidance.goals.saved");
        reload();
    }

    @ReportsRefusals
    public void addAction() {
        counselling.addAction(id, actionDescription, actionDue);
        Messages.addFlashGlobalInfo("guidance.action.added");
        reload();
    }

    @ReportsRefusals
    public void mark(StudentGuidance.Action action, ActionStatus status) {
        counselling.markAction(id, action.id(), status, action.version());
        Messages.addFlashGlobalInfo(status == ActionStatus.DONE ? "guidance.action.done" : "guidance.action.reopened");
        reload();
    }

    private void reload() {
        if (activeUser.is(Role.STUDENT) && !guidance.counsellor()) {
            Faces.redirect("guidance/student.xhtml");
        } else {
            Faces.redirect("guidance/student.xhtml?id=%s", id.toString());
        }
    }

    /** The student marks their own actions; a counsellor (a teacher of the school) may too. */
    public boolean isMayMark() {
        return guidance.counsellor() || activeUser.is(Role.STUDENT);
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StudentGuidance getGuidance() {
        return guidance;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(boolean privateNote) {
        this.privateNote = privateNote;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
