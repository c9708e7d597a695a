package eu.cginternational.web.view.mobilities;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityStep;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.mobility.MobilityTransition;
import eu.cginternational.service.mobility.ParticipantReport;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /mobilities/mobility.xhtml?id=...}: one mobility with its timeline and only the actions
 * the person can take now. An action carries the version shown, so a step someone else took in
 * the meantime is reported instead of overwritten. A host (its partner, or a host school's administrator)
 * reads it as the API gives it to them ({@link MobilityService#seesOnlyAsHost}): no report, and a timeline
 * without who took each step or what they wrote.
 */
@Named
@ViewScoped
public class MobilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MobilityService mobilities;

    private Long id;
    private Mobility mobility;
    private List<MobilityAction> actions;
    private boolean editable;

    @Size(max = MobilityStep.COMMENT_MAXLENGTH, message = "{mobility.comment.too_long}")
    @PlainParagraphs
    private String comment;

    @Size(max = Mobility.REPORT_MAXLENGTH, message = "{mobility.report.too_long}")
    @PlainParagraphs
    private String report;

    private boolean reportable;
    private boolean seenOnlyAsHost;

    public void load() {
        mobility = mobilities.get(id);
        seenOnlyAsHost = mobilities.seesOnlyAsHost(mobility);
        actions = mobilities.actionsFor(mobility).stream().sorted().toList();
        editable = mobilities.canEdit(mobility);
        reportable = mobilities.canReport(mobility);
    }

    @ReportsRefusals
    public void submitReport() {
        mobilities.report(id, new ParticipantReport(report, mobility.getVersion()));
        Messages.addFlashGlobalInfo("mobility.report.saved");
        Faces.redirect("mobilities/mobility.xhtml?id=%s", id.toString());
    }

    public boolean isReportable() {
        return reportable;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    @ReportsRefusals
    public void act(MobilityAction action) {
        mobilities.act(id, new MobilityTransition(action, comment, mobility.getVersion()));
        Messages.addFlashGlobalInfo("mobility.step_done");
        Faces.redirect("mobilities/mobility.xhtml?id=%s", id.toString());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Mobility getMobility() {
        return mobility;
    }

    public List<MobilityAction> getActions() {
        return actions;
    }

    /** The text of an action's button: withdrawing a draft nobody submitted discards it, as it is no application yet. */
    public String labelKey(MobilityAction action) {
        return action == MobilityAction.WITHDRAW && mobility.getStatus() == MobilityStatus.DRAFT ? "mobility.discard_draft"
                : "MobilityAction." + action;
    }

    /** How an action's button looks: a step forward stands out, a refusal or a cancellation warns, the others stay quiet. */
    public String buttonStyle(MobilityAction action) {
        return switch (action) {
            case SUBMIT, APPROVE, START, COMPLETE -> "";
            case REJECT, CANCEL -> "ui-button-danger";
            case RETURN, WITHDRAW -> "ui-button-secondary";
        };
    }

    /** Whether the reader is the host only: the page then leaves out the report and the steps' actors and comments. */
    public boolean isSeenOnlyAsHost() {
        return seenOnlyAsHost;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
