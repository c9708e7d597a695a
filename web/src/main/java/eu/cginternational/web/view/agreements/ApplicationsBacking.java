package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.text.PlainText;
import eu.cginternational.service.agreement.ApplicationDecision;
import eu.cginternational.service.agreement.OpportunityBoard;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /opportunities/applications.xhtml}: a student's own applications; for a school's
 * administrator, the applications of the school's students, to accept (a mobility draft follows)
 * or decline with a reason.
 */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpportunityBoard board;

    @Inject
    ActiveUser activeUser;

    private List<OpportunityApplication> applications;
    private boolean deciding;

    @Size(max = OpportunityApplication.REASON_MAXLENGTH, message = "{agreement.comment.too_long}")
    @PlainText
    private String reason;

    @PostConstruct
    void init() {
        deciding = activeUser.is(Role.SCHOOL_ADMIN);
        applications = deciding ? board.schoolApplications() : activeUser.is(Role.STUDENT) ? board.myApplications() : List.of();
    }

    @ReportsRefusals
    public void decide(OpportunityApplication application, boolean accept) {
        OpportunityApplication decided = board.decide(application.getId(),
                new ApplicationDecision(accept, reason, application.getVersion()));
        Messages.addFlashGlobalInfo(accept ? "applications.accepted" : "applications.declined");
        if (accept) {
            Faces.redirect("mobilities/mobility.xhtml?id=%s", decided.getMobilityId().toString());
        } else {
            Faces.redirect("opportunities/applications.xhtml");
        }
    }

    public List<OpportunityApplication> getApplications() {
        return applications;
    }

    public boolean isDeciding() {
        return deciding;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
