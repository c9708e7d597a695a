package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.service.agreement.OpportunityBoard;
import eu.cginternational.service.agreement.OpportunityDraft;
import eu.cginternational.service.directory.InstitutionDirectory;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /opportunities/publish.xhtml}: a partner publishes a placement under one of the company's agreements in force. */
@Named
@ViewScoped
public class PublishBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpportunityBoard board;

    @Inject
    InstitutionDirectory directory;

    @Inject
    ActiveUser publisher;

    private List<Agreement> agreements;
    private List<Country> countries;
    private Long agreementId;
    private String iscoCode;
    private String occupationTitle;
    private String countryCode;
    private String city;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer seats = 1;
    private String workLanguage = "en";
    private String description;

    @PostConstruct
    void init() {
        agreements = board.agreementsToPublishUnder();
        countries = directory.countries();
        // A placement is in its company's country (the rule of the board): chosen already, the one that is taken.
        countryCode = publisher.getCountryCode();
    }

    @ReportsRefusals
    public void publish() {
        board.publish(new OpportunityDraft(agreementId, iscoCode, occupationTitle, countryCode, city, startDate, endDate, seats,
                workLanguage, description));
        Messages.addFlashGlobalInfo("opportunities.published");
        Faces.redirect("opportunities/index.xhtml");
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public List<String> getLanguages() {
        return eu.cginternational.domain.learning.LearningAgreementContent.WORK_LANGUAGES;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
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

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
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

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getWorkLanguage() {
        return workLanguage;
    }

    public void setWorkLanguage(String workLanguage) {
        this.workLanguage = workLanguage;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
