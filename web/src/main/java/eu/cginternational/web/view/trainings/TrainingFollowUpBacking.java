package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.service.training.FeedbackDraft;
import eu.cginternational.service.training.TrainingAttendance;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The part of {@code /trainings/training.xhtml} after registering: the calendar files, the
 * certificate once completed, the feedback form after the last session for those who attended, and for providers the
 * link to the attendance sheet. Reads the training and the person's registration from
 * {@link TrainingBacking}.
 */
@Named
@ViewScoped
public class TrainingFollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingBacking page;

    @Inject
    TrainingRegistrations registrations;

    @Inject
    TrainingAttendance attendance;

    private final FeedbackDraft feedback = new FeedbackDraft();
    private Boolean provider;

    /** Whether the caller keeps this training's attendance sheet. */
    public boolean isProvider() {
        if (provider == null) {
            provider = attendance.mayProvide(page.getId());
        }
        return provider;
    }

    public String getTrainingCalendarUrl() {
        return Faces.getRequestContextPath() + "/api/trainings/" + page.getId() + "/calendar";
    }

    public String getCalendarUrl() {
        return Faces.getRequestContextPath() + "/api/registrations/" + page.getMine().getId() + "/calendar";
    }

    public String getCertificateUrl() {
        return Faces.getRequestContextPath() + "/api/registrations/" + page.getMine().getId() + "/certificate";
    }

    /** Whether the person may rate the training now: see {@link Registration#isOpenForFeedbackAt}. */
    public boolean isFeedbackOpen() {
        Registration mine = page.getMine();
        return mine != null && mine.isOpenForFeedbackAt(Instant.now());
    }

    @ReportsRefusals
    public void leaveFeedback() {
        registrations.leaveFeedback(page.getMine().getId(), feedback);
        Messages.addFlashGlobalInfo("training.feedback.thanks");
        Faces.redirect("trainings/training.xhtml?id=%s", page.getId().toString());
    }

    public FeedbackDraft getFeedback() {
        return feedback;
    }
}
