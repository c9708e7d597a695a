package eu.cginternational.web.view.signing;

import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.service.signing.SignatureInput;
import eu.cginternational.service.signing.SigningConsent;
import eu.cginternational.service.signing.SigningEngine;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The signing panel of one document, for {@code /WEB-INF/includes/signing.xhtml}: the frozen PDF
 * and the audit certificate, the signers and where each stands, and, when it is the reader's turn,
 * the form to sign (consent, typed name, drawn signature, password) or to decline with a reason.
 * Any page can include it with the document's id; after signing or declining the page the person
 * came from is shown again, so the host page shows its own new status. Both forms act on the document as
 * the panel showed it: they name the version it was loaded with, so a document changed since is reported
 * as changed meanwhile instead of being signed or declined unread.
 */
@Named
@ViewScoped
public class SigningPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SigningEngine engine;

    private Long documentId;
    private SignedDocument document;
    private boolean turn;
    private boolean declinable;
    private SigningConsent consent;
    private String returnUrl;

    private boolean consentGiven;
    private String typedName;
    private String signaturePoints;
    private String signature;
    private String password;
    private String reason;

    /** Page entry of {@code /signing/sign.xhtml}: loads the document of the view parameter. */
    public void load() {
        open(documentId);
    }

    /** The panel for this document, loaded once per view; called by the include with its {@code documentId}. */
    public SigningPanel of(Long id) {
        if (id != null && (document == null || !id.equals(documentId))) {
            open(id);
        }
        return this;
    }

    private void open(Long id) {
        documentId = id;
        document = engine.get(id);
        turn = engine.isCallersTurn(document);
        declinable = engine.mayDecline(document);
        consent = engine.consent();
        if (!FacesContext.getCurrentInstance().isPostback()) {
            // The page the panel is part of, with its query string, to show again after signing.
            returnUrl = Faces.getRequestURIWithQueryString();
        }
    }

    @ReportsRefusals
    public void sign() {
        if (!consentGiven) {
            Messages.addGlobalError("signing.consent_missing");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        engine.sign(documentId, document.getStateVersion(),
                SignatureInput.of(password, typedName, signature, consent.version()));
        Messages.addFlashGlobalInfo("signing.signed");
        back();
    }

    @ReportsRefusals
    public void decline() {
        engine.decline(documentId, document.getStateVersion(), reason);
        Messages.addFlashGlobalInfo("signing.declined");
        back();
    }

    private void back() {
        Faces.redirect(returnUrl != null ? returnUrl : Faces.getRequestContextPath() + "/signing/sign.xhtml?id=" + documentId);
    }

    public String getPdfUrl() {
        return Faces.getRequestContextPath() + "/api/signing/documents/" + documentId + "/pdf";
    }

    public String getAuditCertificateUrl() {
        return Faces.getRequestContextPath() + "/api/signing/documents/" + documentId + "/audit-certificate";
    }

    public List<Signer> getSigners() {
        return document == null ? List.of() : document.getSigners();
    }

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public SignedDocument getDocument() {
        return document;
    }

    /** Whether it is the reader's turn to sign. */
    public boolean isTurn() {
        return turn;
    }

    public boolean isDeclinable() {
        return declinable;
    }

    public SigningConsent getConsent() {
        return consent;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public String getTypedName() {
        return typedName;
    }

    public void setTypedName(String typedName) {
        this.typedName = typedName;
    }

    public String getSignaturePoints() {
        return signaturePoints;
    }

    public void setSignaturePoints(String signaturePoints) {
        this.signaturePoints = signaturePoints;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
