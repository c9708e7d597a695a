package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.service.agreement.ApplicationDraft;
import eu.cginternational.service.agreement.OpportunityBoard;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /opportunities/opportunity.xhtml?id=...}: one placement; a student applies here with a
 * motivation; a partner of its company closes it here.
 */
@Named
@ViewScoped
public class OpportunityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpportunityBoard board;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private Opportunity opportunity;

    @Size(max = OpportunityApplication.MOTIVATION_MAXLENGTH, message = "{opportunity.motivation.too_long}")
    @PlainParagraphs
    private String motivation;

    public void load() {
        opportunity = board.get(id);
    }

    @ReportsRefusals
    public void apply() {
        board.apply(id, new ApplicationDraft(motivation));
        Messages.addFlashGlobalInfo("opportunities.applied");
        Faces.redirect("opportunities/applications.xhtml");
    }

    /** The company closes its placement, as the person saw it: a change by someone else meanwhile is reported. */
    @ReportsRefusals
    public void close() {
        board.close(id, opportunity.getVersion());
        Messages.addFlashGlobalInfo("opportunities.closed");
        Faces.redirect("opportunities/opportunity.xhtml?id=%s", id.toString());
    }

    public boolean isMayClose() {
        return board.mayClose(opportunity);
    }

    public boolean isMayApply() {
        return activeUser.is(Role.STUDENT);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
