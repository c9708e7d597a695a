package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.domain.guidance.LocalizedText;
import eu.cginternational.domain.guidance.WagePeriod;
import eu.cginternational.domain.text.PlainParagraphs;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a coordinator enters to correct a country profile: the sections in the three languages,
 * the wage figure (amount, currency, period and year, or none) with its source, the sources of
 * the cost of living and of the texts, and the official links in the three languages
 * ("label=https://…", separated by "|"; the same addresses in each). {@code version} is the
 * version seen when editing.
 */
public class CountryProfileDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String languagesEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String languagesSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String languagesCnr;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String labourMarketEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String labourMarketSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String labourMarketCnr;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String wagesEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String wagesSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String wagesCnr;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String costOfLivingEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String costOfLivingSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String costOfLivingCnr;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String recognitionEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String recognitionSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String recognitionCnr;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String practicalStepsEn;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String practicalStepsSq;

    @NotBlank(message = "{guidance.text.required}")
    @Size(max = CountryProfile.SECTION_MAX, message = "{guidance.text.too_long}")
    @PlainParagraphs
    private String practicalStepsCnr;

    @DecimalMin(value = "0.01", message = "{guidance.wage.amount}")
    @Digits(integer = CountryProfile.WAGE_INTEGER_DIGITS, fraction = CountryProfile.WAGE_FRACTION_DIGITS,
            message = "{guidance.wage.digits}")
    private BigDecimal wageAmount;

    @Pattern(regexp = "[A-Z]{3}", message = "{guidance.wage.currency}")
    private String wageCurrency;

    private WagePeriod wagePeriod;

    @Min(value = 2000, message = "{guidance.wage.year}")
    @Max(value = 2100, message = "{guidance.wage.year}")
    private Integer wageYear;

    @NotBlank(message = "{guidance.source.required}")
    private String wageSource;

    @NotBlank(message = "{guidance.source.required}")
    private String costSource;

    @NotBlank(message = "{guidance.source.required}")
    private String textSource;

    @NotBlank(message = "{guidance.links.invalid}")
    @Size(max = CountryProfile.LINKS_MAX, message = "{guidance.text.too_long}")
    private String linksEn;

    @NotBlank(message = "{guidance.links.invalid}")
    @Size(max = CountryProfile.LINKS_MAX, message = "{guidance.text.too_long}")
    private String linksSq;

    @NotBlank(message = "{guidance.links.invalid}")
    @Size(max = CountryProfile.LINKS_MAX, message = "{guidance.text.too_long}")
    private String linksCnr;

    @NotNull(message = "{country_profile.version.required}")
    private Long version;

    public static CountryProfileDraft of(CountryProfile profile) {
        CountryProfileDraft draft = new CountryProfileDraft();
        draft.languagesEn = profile.getLanguages().getEn();
        draft.languagesSq = profile.getLanguages().getSq();
        draft.languagesCnr = profile.getLanguages().getCnr();
        draft.labourMarketEn = profile.getLabourMarket().getEn();
        draft.labourMarketSq = profile.getLabourMarket().getSq();
        draft.labourMarketCnr = profile.getLabourMarket().getCnr();
        draft.wagesEn = profile.getWages().getEn();
        draft.wagesSq = profile.getWages().getSq();
        draft.wagesCnr = profile.getWages().getCnr();
        draft.costOfLivingEn = profile.getCostOfLiving().getEn();
        draft.costOfLivingSq = profile.getCostOfLiving().getSq();
        draft.costOfLivingCnr = profile.getCostOfLiving().getCnr();
        draft.recognitionEn = profile.getRecognition().getEn();
        draft.recognitionSq = profile.getRecognition().getSq();
        draft.recognitionCnr = profile.getRecognition().getCnr();
        draft.practicalStepsEn = profile.getPracticalSteps().getEn();
        draft.practicalStepsSq = profile.getPracticalSteps().getSq();
        draft.practicalStepsCnr = profile.getPracticalSteps().getCnr();
        CountryProfile.Wage wage = profile.getWage();
        draft.wageAmount = wage.amount();
        draft.wageCurrency = wage.currency();
        draft.wagePeriod = wage.period();
        draft.wageYear = wage.year();
        draft.wageSource = wage.source();
        draft.costSource = profile.getCostSource();
        draft.textSource = profile.getTextSource();
        draft.linksEn = profile.getLinks().getEn();
        draft.linksSq = profile.getLinks().getSq();
        draft.linksCnr = profile.getLinks().getCnr();
        draft.version = profile.getVersion();
        return draft;
    }

    CountryProfile.Wage wage() {
        return new CountryProfile.Wage(wageAmount, blankToNull(wageCurrency), wagePeriod, wageYear, wageSource);
    }

    CountryProfile.Content content() {
        return new CountryProfile.Content(new LocalizedText(languagesEn, languagesSq, languagesCnr), new LocalizedText(labourMarketEn, labourMarketSq, labourMarketCnr),
                new LocalizedText(wagesEn, wagesSq, wagesCnr), wage(), new LocalizedText(costOfLivingEn, costOfLivingSq, costOfLivingCnr), costSource,
                new LocalizedText(recognitionEn, recognitionSq, recognitionCnr), new LocalizedText(practicalStepsEn, practicalStepsSq, practicalStepsCnr), links(), textSource);
    }

    /** The official links in the three languages, each "label=https://…" separated by "|". */
    LocalizedText links() {
        return new LocalizedText(linksEn, linksSq, linksCnr);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getLanguagesEn() {
        return languagesEn;
    }

    public void setLanguagesEn(String languagesEn) {
        this.languagesEn = languagesEn;
    }

    public String getLanguagesSq() {
        return languagesSq;
    }

    public void setLanguagesSq(String languagesSq) {
        this.languagesSq = languagesSq;
    }

    public String getLanguagesCnr() {
        return languagesCnr;
    }

    public void setLanguagesCnr(String languagesCnr) {
        this.languagesCnr = languagesCnr;
    }

    public String getLabourMarketEn() {
        return labourMarketEn;
    }

    public void setLabourMarketEn(String labourMarketEn) {
        this.labourMarketEn = labourMarketEn;
    }

    public String getLabourMarketSq() {
        return labourMarketSq;
    }

    public void setLabourMarketSq(String labourMarketSq) {
        this.labourMarketSq = labourMarketSq;
    }

    public String getLabourMarketCnr() {
        return labourMarketCnr;
    }

    public void setLabourMarketCnr(String labourMarketCnr) {
        this.labourMarketCnr = labourMarketCnr;
    }

    public String getWagesEn() {
        return wagesEn;
    }

    public void setWagesEn(String wagesEn) {
        this.wagesEn = wagesEn;
    }

    public String getWagesSq() {
        return wagesSq;
    }

    public void setWagesSq(String wagesSq) {
        this.wagesSq = wagesSq;
    }

    public String getWagesCnr() {
        return wagesCnr;
    }

    public void setWagesCnr(String wagesCnr) {
        this.wagesCnr = wagesCnr;
    }

    public String getCostOfLivingEn() {
        return costOfLivingEn;
    }

    public void setCostOfLivingEn(String costOfLivingEn) {
        this.costOfLivingEn = costOfLivingEn;
    }

    public String getCostOfLivingSq() {
        return costOfLivingSq;
    }

    public void setCostOfLivingSq(String costOfLivingSq) {
        this.costOfLivingSq = costOfLivingSq;
    }

    public String getCostOfLivingCnr() {
        return costOfLivingCnr;
    }

    public void setCostOfLivingCnr(String costOfLivingCnr) {
        this.costOfLivingCnr = costOfLivingCnr;
    }

    public String getRecognitionEn() {
        return recognitionEn;
    }

    public void setRecognitionEn(String recognitionEn) {
        this.recognitionEn = recognitionEn;
    }

    public String getRecognitionSq() {
        return recognitionSq;
    }

    public void setRecognitionSq(String recognitionSq) {
        this.recognitionSq = recognitionSq;
    }

    public String getRecognitionCnr() {
        return recognitionCnr;
    }

    public void setRecognitionCnr(String recognitionCnr) {
        this.recognitionCnr = recognitionCnr;
    }

    public String getPracticalStepsEn() {
        return practicalStepsEn;
    }

    public void setPracticalStepsEn(String practicalStepsEn) {
        this.practicalStepsEn = practicalStepsEn;
    }

    public String getPracticalStepsSq() {
        return practicalStepsSq;
    }

    public void setPracticalStepsSq(String practicalStepsSq) {
        this.practicalStepsSq = practicalStepsSq;
    }

    public String getPracticalStepsCnr() {
        return practicalStepsCnr;
    }

    public void setPracticalStepsCnr(String practicalStepsCnr) {
        this.practicalStepsCnr = practicalStepsCnr;
    }

    public BigDecimal getWageAmount() {
        return wageAmount;
    }

    public void setWageAmount(BigDecimal wageAmount) {
        this.wageAmount = wageAmount;
    }

    public String getWageCurrency() {
        return wageCurrency;
    }

    public void setWageCurrency(String wageCurrency) {
        this.wageCurrency = wageCurrency;
    }

    public WagePeriod getWagePeriod() {
        return wagePeriod;
    }

    public void setWagePeriod(WagePeriod wagePeriod) {
        this.wagePeriod = wagePeriod;
    }

    public Integer getWageYear() {
        return wageYear;
    }

    public void setWageYear(Integer wageYear) {
        this.wageYear = wageYear;
    }

    public String getWageSource() {
        return wageSource;
    }

    public void setWageSource(String wageSource) {
        this.wageSource = wageSource;
    }

    public String getCostSource() {
        return costSource;
    }

    public void setCostSource(String costSource) {
        this.costSource = costSource;
    }

    public String getTextSource() {
        return textSource;
    }

    public void setTextSource(String textSource) {
        this.textSource = textSource;
    }

    public String getLinksEn() {
        return linksEn;
    }

    public void setLinksEn(String linksEn) {
        this.linksEn = linksEn;
    }

    public String getLinksSq() {
        return linksSq;
    }

    public void setLinksSq(String linksSq) {
        this.linksSq = linksSq;
    }

    public String getLinksCnr() {
        return linksCnr;
    }

    public void setLinksCnr(String linksCnr) {
        this.linksCnr = linksCnr;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
