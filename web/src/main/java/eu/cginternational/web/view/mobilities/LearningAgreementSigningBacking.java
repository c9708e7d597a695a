package eu.cginternational.web.view.mobilities;

import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.service.mobility.LearningAgreementGate;
import eu.cginternational.service.mobility.LearningAgreementSignatures;
import eu.cginternational.service.mobility.LearningAgreementWithdrawal;
import eu.cginternational.web.config.Bundle;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The signatures of the learning agreement on {@code /mobilities/mobility.xhtml}: whether the
 * agreement is signed by all three (which the mobility needs to start), the button with which the
 * sending school's administrator sends the current version for signature, or why it cannot be sent yet,
 * the button with which they withdraw it from signature, and the signing panel of the latest document sent.
 */
@Named
@ViewScoped
public class LearningAgreementSigningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningAgreementSignatures signatures;

    @Inject
    LearningAgreementGate gate;

    @Inject
    ActiveUser reader;

    @Inject
    MobilityBacking page;

    @Inject
    LearningAgreementBacking agreement;

    private Mobility mobility;
    private SignedDocument document;
    private boolean sendable;
    private boolean withdrawable;
    private boolean signedByAll;
    private String refusal;

    @Size(max = LearningAgreementVersion.WITHDRAWAL_COMMENT_MAXLENGTH, message = "{learning.withdrawal_comment.too_long}")
    @PlainParagraphs
    private String withdrawalComment;

    @PostConstruct
    void load() {
        mobility = page.getMobility();
        document = signatures.find(mobility.getId()).orElse(null);
        signedByAll = gate.isSignedByAll(mobility);
        boolean awaited = signedByAll || (document != null && document.getStatus().isOpen());
        // Said in the words the service would refuse the sending with; a round signed or under way says enough itself.
        refusal = awaited ? null : signatures.refusalToSend(mobility)
                .map(refused -> Bundle.text(Faces.getLocale(), reader.getTimeZone(), refused.getMessageKey(), refused.getArguments()))
                .orElse(null);
        sendable = !awaited && refusal == null && signatures.canSend(mobility);
        withdrawable = signatures.canWithdraw(mobility);
    }

    /** Sends the current version for signature as the agreement was shown: a change since is reported. */
    @ReportsRefusals
    public void send() {
        signatures.send(mobility.getId(), agreement.getAgreement().getVersion());
        Messages.addFlashGlobalInfo("learning.signing.sent");
        Faces.redirect("mobilities/mobility.xhtml?id=%s", mobility.getId().toString());
    }

    /**
     * Withdraws the current version from signature with the comment given in the confirmation, as the agreement was
     * shown: a change since is reported.
     */
    @ReportsRefusals
    public void withdraw() {
        int number = agreement.getAgreement().getCurrent().getNumber();
        signatures.withdraw(mobility.getId(), new LearningAgreementWithdrawal(agreement.getAgreement().getVersion(),
                withdrawalComment));
        Messages.addFlashGlobalInfo("learning.signing.withdrawn", number);
        Faces.redirect("mobilities/mobility.xhtml?id=%s", mobility.getId().toString());
    }

    public SignedDocument getDocument() {
        return document;
    }

    public boolean isSendable() {
        return sendable;
    }

    public boolean isWithdrawable() {
        return withdrawable;
    }

    public String getWithdrawalComment() {
        return withdrawalComment;
    }

    public void setWithdrawalComment(String withdrawalComment) {
        this.withdrawalComment = withdrawalComment;
    }

    /** Why the agreement cannot be sent for signature yet, for those who prepare the application; null when it can. */
    public String getRefusal() {
        return refusal;
    }

    public boolean isSignedByAll() {
        return signedByAll;
    }
}
