package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.agreement.AgreementRuleException;
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
 * motivation, or reads why they cannot; a partner of its company closes it here.
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
    private boolean mayApply;
    private AgreementRuleException.Rule refusal;

    @Size(max = OpportunityApplication.MOTIVATION_MAXLENGTH, message = "{opportunity.motivation.too_long}")
    @PlainParagraphs
    private String motivation;

    /** A student who cannot apply is told why, by the rule the board would refuse the application with. */
    public void load() {
        opportunity = board.get(id);
        mayApply = board.mayApply(opportunity);
        refusal = !mayApply && activeUser.is(Role.STUDENT) ? board.refusalToApply(opportunity).orElse(null) : null;
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
        return mayApply;
    }

    public AgreementRuleException.Rule getRefusal() {
        return refusal;
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
