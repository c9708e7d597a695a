package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementEvent;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.service.agreement.AgreementService;
import eu.cginternational.service.agreement.AgreementTransition;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /agreements/agreement.xhtml?id=...}: one agreement with its parties, every version with
 * its signers and PDF, its history, and only the steps the person can take now. A step carries the
 * version shown, so a step someone else took in the meantime is reported instead of overwritten.
 */
@Named
@ViewScoped
public class AgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementService agreements;

    private Long id;
    private Agreement agreement;
    private List<AgreementAction> actions;
    private boolean editable;
    private UserAccount nextSigner;
    private Long signingDocument;

    @Size(max = AgreementEvent.COMMENT_MAXLENGTH, message = "{agreement.comment.too_long}")
    @PlainParagraphs
    private String comment;

    public void load() {
        agreement = agreements.get(id);
        actions = agreements.actionsFor(agreement).stream().sorted().toList();
        editable = agreements.canEdit(agreement);
        nextSigner = agreements.nextSigner(agreement).orElse(null);
        signingDocument = agreements.readableSigningDocument(agreement).orElse(null);
    }

    @ReportsRefusals
    public void act(AgreementAction action) {
        agreements.act(id, new AgreementTransition(action, comment, agreement.getVersion()));
        Messages.addFlashGlobalInfo("agreement.step_done");
        Faces.redirect("agreements/agreement.xhtml?id=%s", id.toString());
    }

    public List<Institution> getParties() {
        return agreement.getParties().stream().sorted(Comparator.comparing(Institution::getName)).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public List<AgreementAction> getActions() {
        return actions;
    }

    public boolean isEditable() {
        return editable;
    }

    public UserAccount getNextSigner() {
        return nextSigner;
    }

    /** The signing record of the version the agreement stands on, when the person may read it. */
    public Long getSigningDocument() {
        return signingDocument;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
