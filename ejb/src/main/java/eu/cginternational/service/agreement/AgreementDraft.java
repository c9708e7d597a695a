package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementTerms;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.agreement.Isco;
import eu.cginternational.domain.agreement.NamedSigner;
import eu.cginternational.domain.agreement.PlacementCommitment;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.time.PlausibleDate;
import eu.cginternational.service.config.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the author of an agreement enters: its title, the other parties, the language it is
 * written in, the objectives, the commitments, the period, the contacts, the clauses (templates by
 * id, copied in the agreement's language) and the signers in signing order. {@code version} is the
 * agreement's version seen when editing; null when creating.
 */
public class AgreementDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One commitment of placements per year in one occupation. */
    public static class Placement implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{agreement.isco.required}")
        @Isco.UnitGroup
        private String iscoCode;

        @NotBlank(message = "{agreement.occupation.required}")
        @Size(max = PlacementCommitment.TITLE_MAXLENGTH, message = "{agreement.occupation.too_long}")
        @PlainText
        private String occupationTitle;

        @NotNull(message = "{agreement.placements.required}")
        @Min(value = 1, message = "{agreement.placements.range}")
        @Max(value = PlacementCommitment.MAX_PER_YEAR, message = "{agreement.placements.range}")
        private Integer placementsPerYear;

        public Placement() {
        }

        public Placement(String iscoCode, String occupationTitle, Integer placementsPerYear) {
            this.iscoCode = iscoCode;
            this.occupationTitle = occupationTitle;
            this.placementsPerYear = placementsPerYear;
        }

        public String getIscoCode() {
            return iscoCode;
        }

        public void setIscoCode(String iscoCode) {
            this.iscoCode = iscoCode;
        }

        public String getOccupationTitle() {
            return occupationTitle;
        }

        public void setOccupationTitle(String occupationTitle) {
            this.occupationTitle = occupationTitle;
        }

        public Integer getPlacementsPerYear() {
            return placementsPerYear;
        }

        public void setPlacementsPerYear(Integer placementsPerYear) {
            this.placementsPerYear = placementsPerYear;
        }
    }

    @NotBlank(message = "{agreement.title.required}")
    @Size(max = Agreement.TITLE_MAXLENGTH, message = "{agreement.title.too_long}")
    @PlainText
    private String title;

    @NotNull(message = "{agreement.parties.required}")
    @Size(min = 1, max = 20, message = "{agreement.parties.required}")
    private List<@NotNull(message = "{list.entry.missing}") Long> partyIds = new ArrayList<>();

    /** Empty: the author's own language. */
    private Language language;

    @NotBlank(message = "{agreement.objectives.required}")
    @Size(max = AgreementTerms.OBJECTIVES_MAXLENGTH, message = "{agreement.objectives.too_long}")
    @PlainParagraphs
    private String objectives;

    @NotNull(message = "{agreement.start.required}")
    @PlausibleDate
    private LocalDate startDate;

    @NotNull(message = "{agreement.end.required}")
    @PlausibleDate
    private LocalDate endDate;

    @Valid
    @Size(max = 30, message = "{agreement.placements.too_many}")
    private List<@NotNull(message = "{list.entry.missing}") Placement> placements = new ArrayList<>();

    @Min(value = 0, message = "{agreement.mentors.range}")
    @Max(value = AgreementTerms.MAX_MENTORS, message = "{agreement.mentors.range}")
    @JsonbTypeDeserializer(StrictJson.WholeNumber.class)
    private int mentors;

    @Size(max = AgreementTerms.TEXT_MAXLENGTH, message = "{agreement.text.too_long}")
    @PlainParagraphs
    private String equipment;

    @Size(max = AgreementTerms.TEXT_MAXLENGTH, message = "{agreement.text.too_long}")
    @PlainParagraphs
    private String guestTeaching;

    @Size(max = AgreementTerms.TEXT_MAXLENGTH, message = "{agreement.text.too_long}")
    @PlainParagraphs
    private String curriculumInput;

    @Size(max = AgreementTerms.TEXT_MAXLENGTH, message = "{agreement.text.too_long}")
    @PlainParagraphs
    private String contacts;

    @Size(max = 50, message = "{agreement.clauses.too_many}")
    private List<@NotNull(message = "{list.entry.missing}") Long> clauseTemplateIds = new ArrayList<>();

    @Size(max = 20, message = "{agreement.signers.too_many}")
    private List<@NotNull(message = "{list.entry.missing}") Long> signerIds = new ArrayList<>();

    private Long version;

    /** The draft of an agreement's current version, for editing it. Clauses keep the templates they came from. */
    public static AgreementDraft of(Agreement agreement) {
        AgreementVersion current = agreement.getCurrent();
        AgreementDraft draft = new AgreementDraft();
        draft.title = current.getTitle();
        draft.partyIds = new ArrayList<>(current.getParties().stream()
                .filter(p -> !p.equals(agreement.getDraftedFor())).map(Institution::getId).sorted().toList());
        draft.language = current.getLanguage();
        draft.objectives = current.getObjectives();
        draft.startDate = current.getStartDate();
        draft.endDate = current.getEndDate();
        draft.placements = new ArrayList<>(current.getPlacements().stream()
                .map(p -> new Placement(p.getIscoCode(), p.getOccupationTitle(), p.getPlacementsPerYear())).toList());
        draft.mentors = current.getMentors();
        draft.equipment = current.getEquipment();
        draft.guestTeaching = current.getGuestTeaching();
        draft.curriculumInput = current.getCurriculumInput();
        draft.contacts = current.getContacts();
        draft.clauseTemplateIds = new ArrayList<>(current.getClauses().stream()
                .map(c -> c.getTemplateId()).filter(java.util.Objects::nonNull).toList());
        draft.signerIds = new ArrayList<>(current.getSigners().stream().map(NamedSigner::getAccount).map(a -> a.getId()).toList());
        draft.version = agreement.getVersion();
        return draft;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Long> getPartyIds() {
        return partyIds;
    }

    public void setPartyIds(List<Long> partyIds) {
        this.partyIds = partyIds;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public void setPlacements(List<Placement> placements) {
        this.placements = placements;
    }

    public int getMentors() {
        return mentors;
    }

    public void setMentors(int mentors) {
        this.mentors = mentors;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public String getGuestTeaching() {
        return guestTeaching;
    }

    public void setGuestTeaching(String guestTeaching) {
        this.guestTeaching = guestTeaching;
    }

    public String getCurriculumInput() {
        return curriculumInput;
    }

    public void setCurriculumInput(String curriculumInput) {
        this.curriculumInput = curriculumInput;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }

    public List<Long> getClauseTemplateIds() {
        return clauseTemplateIds;
    }

    public void setClauseTemplateIds(List<Long> clauseTemplateIds) {
        this.clauseTemplateIds = clauseTemplateIds;
    }

    public List<Long> getSignerIds() {
        return signerIds;
    }

    public void setSignerIds(List<Long> signerIds) {
        this.signerIds = signerIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
