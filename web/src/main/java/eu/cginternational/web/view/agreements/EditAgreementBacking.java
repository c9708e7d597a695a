package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.ClauseTemplate;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.agreement.AgreementDraft;
import eu.cginternational.service.agreement.AgreementService;
import eu.cginternational.service.agreement.ClauseTemplates;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /agreements/edit.xhtml?id=...}: drafts an agreement for the person's own institution (no
 * id) or changes the draft version: the other parties, the language, objectives, commitments by
 * occupation, period, contacts, clauses from the templates and the signers in signing order.
 */
@Named
@ViewScoped
public class EditAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One signer row; the rows' order is the signing order. */
    public static class SignerRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long accountId;

        SignerRow(Long accountId) {
            this.accountId = accountId;
        }

        public Long getAccountId() {
            return accountId;
        }

        public void setAccountId(Long accountId) {
            this.accountId = accountId;
        }
    }

    @Inject
    AgreementService agreements;

    @Inject
    ClauseTemplates templates;

    @Inject
    ActiveUser activeUser;

    private Long id;
    /** The agreement edited; null while drafting a new one. */
    private Agreement agreement;
    private AgreementDraft draft = new AgreementDraft();
    private List<Institution> partyChoices;
    private List<UserAccount> signerChoices;
    private List<ClauseTemplate> clauseChoices;
    private final List<SignerRow> signers = new ArrayList<>();

    public void load() {
        if (id != null) {
            agreement = agreements.get(id);
            if (!agreements.canEdit(agreement)) {
                throw new AccessDeniedException();
            }
            draft = AgreementDraft.of(agreement);
        } else {
            if (!agreements.mayDraft()) {
                throw new AccessDeniedException();
            }
            draft.setLanguage(activeUser.getLanguage());
            draft.getPlacements().add(new AgreementDraft.Placement());
        }
        draft.getSignerIds().forEach(signerId -> signers.add(new SignerRow(signerId)));
        if (signers.isEmpty()) {
            addSigner();
        }
        // Without the drafting institution (always a party), with every party already chosen: the editor's own too.
        partyChoices = agreements.otherPartyChoices(agreement);
        clauseChoices = templates.offeredWith(draft.getClauseTemplateIds());
        partiesChanged();
    }

    /** The people who can sign follow the parties chosen. */
    public void partiesChanged() {
        signerChoices = agreements.signerCandidates(agreement, draft.getPartyIds());
    }

    public void addSigner() {
        signers.add(new SignerRow(null));
    }

    public void removeSigner(SignerRow row) {
        signers.remove(row);
    }

    public void addPlacement() {
        draft.getPlacements().add(new AgreementDraft.Placement());
    }

    public void removePlacement(AgreementDraft.Placement placement) {
        draft.getPlacements().remove(placement);
    }

    @ReportsRefusals
    public void save() {
        draft.setSignerIds(new ArrayList<>(signers.stream().map(SignerRow::getAccountId).filter(Objects::nonNull).toList()));
        Agreement saved = id == null ? agreements.create(draft) : agreements.revise(id, draft);
        Messages.addFlashGlobalInfo("agreement.saved");
        Faces.redirect("agreements/agreement.xhtml?id=%s", saved.getId().toString());
    }

    /** A clause template's title in the person's language. */
    public String titleOf(ClauseTemplate template) {
        return template.titleIn(activeUser.getLanguage());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isNew() {
        return id == null;
    }

    public AgreementDraft getDraft() {
        return draft;
    }

    public List<Institution> getPartyChoices() {
        return partyChoices;
    }

    public List<UserAccount> getSignerChoices() {
        return signerChoices;
    }

    public List<ClauseTemplate> getClauseChoices() {
        return clauseChoices;
    }

    public List<SignerRow> getSigners() {
        return signers;
    }

    public Language[] getLanguages() {
        return Language.values();
    }
}
