package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.service.training.AttendanceSheet;
import eu.cginternational.service.training.TrainingAttendance;
import eu.cginternational.service.training.TrainingDashboard;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /trainings/attendance.xhtml?id=...}: the provider's attendance sheet. Each person holding a
 * seat is marked present or absent per session that has started; the provider closes the training
 * after the last session, which issues the certificates of those who meet the completion rule. The
 * participants' ratings are summed up below.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingAttendance attendance;

    @Inject
    TrainingDashboard dashboard;

    private Long id;
    private AttendanceSheet sheet;
    private TrainingAttendance.FeedbackSummary feedback;
    private List<TrainingDashboard.RegistrationRow> registrations;

    public void load() {
        sheet = attendance.sheet(id);
        feedback = attendance.feedback(id);
        registrations = dashboard.registrationsOf(id);
    }

    @ReportsRefusals
    public void mark(Registration seat, TrainingSession session, boolean present) {
        attendance.mark(id, session.getId(), seat.getId(), present);
        sheet = attendance.sheet(id);
        registrations = dashboard.registrationsOf(id);
    }

    @ReportsRefusals
    public void close() {
        List<Registration> completed = attendance.close(id);
        Messages.addFlashGlobalInfo("training.closed_result", completed.size());
        Faces.redirect("trainings/attendance.xhtml?id=%s", id.toString());
    }

    /** "present", "absent" or "unmarked": the state of one cell of the sheet. */
    public String state(Registration seat, TrainingSession session) {
        return sheet.mark(seat, session).map(present -> present ? "present" : "absent").orElse("unmarked");
    }

    public boolean isStarted(TrainingSession session) {
        return !session.getStartInstant().isAfter(java.time.Instant.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public List<TrainingDashboard.RegistrationRow> getRegistrations() {
        return registrations;
    }

    public TrainingAttendance.FeedbackSummary getFeedback() {
        return feedback;
    }
}
