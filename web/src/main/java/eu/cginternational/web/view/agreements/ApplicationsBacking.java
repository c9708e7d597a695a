package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.agreement.ApplicationStatus;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.service.agreement.ApplicationDecision;
import eu.cginternational.service.agreement.OpportunityBoard;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.PagedModel;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /opportunities/applications.xhtml}: a student's own applications; for a school's
 * administrator, the applications of the school's students, to accept (a mobility draft follows)
 * or decline with a reason. Both a page at a time, sorted and filtered in the database.
 */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpportunityBoard board;

    @Inject
    ActiveUser activeUser;

    private PagedModel<OpportunityApplication> applications;
    private boolean deciding;

    @Size(max = OpportunityApplication.REASON_MAXLENGTH, message = "{agreement.comment.too_long}")
    @PlainParagraphs
    private String reason;

    @PostConstruct
    void init() {
        deciding = activeUser.is(Role.SCHOOL_ADMIN);
        applications = deciding
                ? new PagedModel<>(board::schoolApplicationItems, board::schoolApplicationCount, OpportunityApplication::getId)
                : new PagedModel<>(board::myApplicationItems, board::myApplicationCount, OpportunityApplication::getId);
    }

    @ReportsRefusals
    public void decide(long id, Long version, boolean accept) {
        OpportunityApplication decided = board.decide(id, new ApplicationDecision(accept, reason, version));
        Messages.addFlashGlobalInfo(accept ? "applications.accepted" : "applications.declined");
        if (accept) {
            Faces.redirect("mobilities/mobility.xhtml?id=%s", decided.getMobilityId().toString());
        } else {
            Faces.redirect("opportunities/applications.xhtml");
        }
    }

    public PagedModel<OpportunityApplication> getApplications() {
        return applications;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
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
