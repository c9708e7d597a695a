package eu.cginternational.web.view.mobilities;

import eu.cginternational.domain.learning.CefrLevel;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementContent;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.learning.Recognition;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.service.documents.LanguageNames;
import eu.cginternational.service.mobility.LearningAgreementDraft;
import eu.cginternational.service.mobility.LearningAgreementService;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The learning agreement section of {@code /mobilities/mobility.xhtml}: the current version, the
 * list of versions with their PDFs, the form for the staff of the sending school, and the
 * certificate once the mobility is completed. Works on the mobility the page has loaded; the form
 * carries the agreement's version as shown, so a change someone else made in the meantime is
 * reported instead of overwritten.
 */
@Named
@ViewScoped
public class LearningAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningAgreementService agreements;

    @Inject
    MobilityBacking page;

    @Inject
    ActiveUser user;

    private Mobility mobility;
    private LearningAgreement agreement;
    private boolean writable;
    private boolean certificate;
    private boolean editing;
    private LearningAgreementDraft draft;

    @PostConstruct
    void load() {
        mobility = page.getMobility();
        agreement = agreements.find(mobility.getId()).orElse(null);
        writable = agreements.canWrite(mobility);
        certificate = agreements.hasCertificate(mobility);
        draft = agreement == null ? new LearningAgreementDraft() : LearningAgreementDraft.of(agreement);
        editing = writable && agreement == null;
    }

    /** Opens the form with the current version. */
    public void edit() {
        editing = true;
    }

    public void cancel() {
        editing = false;
        draft = agreement == null ? new LearningAgreementDraft() : LearningAgreementDraft.of(agreement);
    }

    @ReportsRefusals
    public void save() {
        boolean amendment = isReasonRequired();
        agreements.save(mobility.getId(), draft);
        Messages.addFlashGlobalInfo(amendment ? "learning.amended" : "learning.saved");
        Faces.redirect("mobilities/mobility.xhtml?id=%s", mobility.getId().toString());
    }

    /** Whether saving now makes a new version that needs its reason: an agreement exists and the mobility is approved. */
    public boolean isReasonRequired() {
        return agreement != null && agreement.isAmendedWithReason();
    }

    /** The address of a version's PDF, through the API, which applies the same scope rules. */
    public String pdfOf(LearningAgreementVersion version) {
        return Faces.getRequestContextPath() + "/api/mobilities/" + mobility.getId() + "/learning-agreement/versions/"
                + version.getNumber() + "/pdf";
    }

    public String getCertificateUrl() {
        return Faces.getRequestContextPath() + "/api/mobilities/" + mobility.getId() + "/certificate";
    }

    /** The languages of work, by name in the reader's language. */
    public List<SelectItem> getLanguages() {
        Locale locale = user.getLocale();
        Collator collator = Collator.getInstance(locale);
        return LearningAgreementContent.WORK_LANGUAGES.stream()
                .map(code -> new SelectItem(code, LanguageNames.of(code, locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }

    public Recognition[] getRecognitions() {
        return Recognition.values();
    }

    public CefrLevel[] getLevels() {
        return CefrLevel.values();
    }

    public int getMinHours() {
        return LearningAgreementContent.MIN_HOURS_PER_WEEK;
    }

    public int getMaxHours() {
        return LearningAgreementContent.MAX_HOURS_PER_WEEK;
    }

    /** What saving does now, by the mobility's status: edit in place, add a version, or nothing. */
    public LearningAgreement.Phase getPhase() {
        return LearningAgreement.Phase.of(mobility.getStatus());
    }

    public LearningAgreement getAgreement() {
        return agreement;
    }

    /** The versions, the newest first. */
    public List<LearningAgreementVersion> getVersions() {
        if (agreement == null) {
            return List.of();
        }
        List<LearningAgreementVersion> newestFirst = new ArrayList<>(agreement.getVersions());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public boolean isWritable() {
        return writable;
    }

    public boolean isCertificate() {
        return certificate;
    }

    public boolean isEditing() {
        return editing;
    }

    public LearningAgreementDraft getDraft() {
        return draft;
    }
}
