package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.service.training.AttendanceSheet;
import eu.cginternational.service.training.TrainingAttendance;
import eu.cginternational.service.training.TrainingRoster;
import eu.cginternational.service.training.TrainingRoster.FeedbackComment;
import eu.cginternational.service.training.TrainingRoster.RegistrationRow;
import eu.cginternational.web.view.PagedModel;
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
 * participants' ratings are summed up below. The sheet, the registrations and the comments are read a
 * page at a time: a training may seat thousands.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingAttendance attendance;

    @Inject
    TrainingRoster roster;

    private Long id;
    private AttendanceSheet sheet;
    private TrainingAttendance.FeedbackSummary feedback;
    private PagedModel<Registration> seats;
    private PagedModel<RegistrationRow> registrations;
    private PagedModel<FeedbackComment> comments;

    public void load() {
        sheet = attendance.sheet(id);
        feedback = attendance.feedback(id);
        long training = id;
        seats = new PagedModel<>(request -> roster.seatItems(training, request), filters -> roster.seatCount(training, filters),
                Registration::getId);
        registrations = new PagedModel<>(request -> roster.registrationItems(training, request),
                filters -> roster.registrationCount(training, filters), row -> row.registration().getId());
        comments = new PagedModel<>(request -> roster.commentItems(training, request),
                filters -> roster.commentCount(training, filters), FeedbackComment::id);
    }

    /** Marks the cell; the tables read their current page again when the form is updated. */
    @ReportsRefusals
    public void mark(Registration seat, TrainingSession session, boolean present) {
        attendance.mark(id, session.getId(), seat.getId(), present);
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

    public PagedModel<Registration> getSeats() {
        return seats;
    }

    public PagedModel<RegistrationRow> getRegistrations() {
        return registrations;
    }

    public PagedModel<FeedbackComment> getComments() {
        return comments;
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    public TrainingAttendance.FeedbackSummary getFeedback() {
        return feedback;
    }
}
