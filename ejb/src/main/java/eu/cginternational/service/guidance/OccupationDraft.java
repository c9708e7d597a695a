package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.LocalizedText;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.domain.guidance.Sector;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator enters to correct an occupation: the texts in the three languages (skills
 * separated by "|"), sector, RIASEC code, typical EQF level and the demand per country with its
 * source. {@code version} is the version seen when editing.
 */
public class OccupationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.TITLE_MAX, message = "{guidance.text.too_long}")
    @PlainText
    private String titleEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.TITLE_MAX, message = "{guidance.text.too_long}")
    @PlainText
    private String titleSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.TITLE_MAX, message = "{guidance.text.too_long}")
    @PlainText
    private String titleCnr;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.DESCRIPTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String descriptionEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.DESCRIPTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String descriptionSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.DESCRIPTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String descriptionCnr;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.SKILLS_MAX, message = "{guidance.text.too_long}")
    @PlainText
    private String skillsEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.SKILLS_MAX, message = "{guidance.text.too_long}")
    @PlainText
    private String skillsSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = Occupation.SKILLS_MAX, message = "{guidance.text.too_long}")
    @PlainText
    private String skillsCnr;

    @NotNull(message = "{guidance.sector.required}")
    private Sector sector;

    @NotNull(message = "{guidance.eqf.range}")
    @Min(value = 1, message = "{guidance.eqf.range}")
    @Max(value = 8, message = "{guidance.eqf.range}")
    private Integer eqfLevel;

    @NotNull(message = "{guidance.riasec.invalid}")
    @Pattern(regexp = "[RIASEC]{1,3}", message = "{guidance.riasec.invalid}")
    private String riasec;

    @Valid
    private List<@NotNull(message = "{list.entry.missing}") DemandDraft> demand = new ArrayList<>();

    @NotNull(message = "{occupation.version.required}")
    private Long version;

    public static OccupationDraft of(Occupation occupation) {
        OccupationDraft draft = new OccupationDraft();
        draft.titleEn = occupation.getTitle().getEn();
        draft.titleSq = occupation.getTitle().getSq();
        draft.titleCnr = occupation.getTitle().getCnr();
        draft.descriptionEn = occupation.getDescription().getEn();
        draft.descriptionSq = occupation.getDescription().getSq();
        draft.descriptionCnr = occupation.getDescription().getCnr();
        draft.skillsEn = occupation.getSkills().getEn();
        draft.skillsSq = occupation.getSkills().getSq();
        draft.skillsCnr = occupation.getSkills().getCnr();
        draft.sector = occupation.getSector();
        draft.eqfLevel = occupation.getEqfLevel();
        draft.riasec = occupation.getRiasec();
        draft.demand = new ArrayList<>(occupation.getDemand().stream().map(DemandDraft::of).toList());
        draft.version = occupation.getVersion();
        return draft;
    }

    Occupation.Content content() {
        return new Occupation.Content(sector, eqfLevel, riasec, new LocalizedText(titleEn, titleSq, titleCnr), new LocalizedText(descriptionEn, descriptionSq, descriptionCnr),
                new LocalizedText(skillsEn, skillsSq, skillsCnr), demand.stream().map(DemandDraft::toDemand).toList());
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleSq() {
        return titleSq;
    }

    public void setTitleSq(String titleSq) {
        this.titleSq = titleSq;
    }

    public String getTitleCnr() {
        return titleCnr;
    }

    public void setTitleCnr(String titleCnr) {
        this.titleCnr = titleCnr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionSq() {
        return descriptionSq;
    }

    public void setDescriptionSq(String descriptionSq) {
        this.descriptionSq = descriptionSq;
    }

    public String getDescriptionCnr() {
        return descriptionCnr;
    }

    public void setDescriptionCnr(String descriptionCnr) {
        this.descriptionCnr = descriptionCnr;
    }

    public String getSkillsEn() {
        return skillsEn;
    }

    public void setSkillsEn(String skillsEn) {
        this.skillsEn = skillsEn;
    }

    public String getSkillsSq() {
        return skillsSq;
    }

    public void setSkillsSq(String skillsSq) {
        this.skillsSq = skillsSq;
    }

    public String getSkillsCnr() {
        return skillsCnr;
    }

    public void setSkillsCnr(String skillsCnr) {
        this.skillsCnr = skillsCnr;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Integer getEqfLevel() {
        return eqfLevel;
    }

    public void setEqfLevel(Integer eqfLevel) {
        this.eqfLevel = eqfLevel;
    }

    public String getRiasec() {
        return riasec;
    }

    public void setRiasec(String riasec) {
        this.riasec = riasec;
    }

    public List<DemandDraft> getDemand() {
        return demand;
    }

    public void setDemand(List<DemandDraft> demand) {
        this.demand = demand == null ? new ArrayList<>() : demand;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
