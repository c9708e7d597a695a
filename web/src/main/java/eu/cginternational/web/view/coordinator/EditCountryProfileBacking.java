package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.domain.guidance.DataSource;
import eu.cginternational.domain.guidance.WagePeriod;
import eu.cginternational.service.guidance.CountryProfileDraft;
import eu.cginternational.service.guidance.CountryProfiles;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /coordinator/country-profile.xhtml?code=XX}: the coordinator corrects a country profile;
 * a wage figure needs its currency, period, year and source; saving against a version someone else
 * changed meanwhile is refused.
 */
@Named
@ViewScoped
public class EditCountryProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CountryProfiles profiles;

    @Inject
    OccupationCatalogue occupations;

    private String code;
    private CountryProfile profile;
    private CountryProfileDraft draft;
    private List<DataSource> sources;

    public void load() {
        profile = profiles.get(code);
        draft = CountryProfileDraft.of(profile);
        sources = occupations.sources();
    }

    @ReportsRefusals
    public void save() {
        profiles.revise(code, draft);
        Messages.addFlashGlobalInfo("country.saved");
        Faces.redirect("guidance/country.xhtml?code=%s", profile.getCountryCode());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CountryProfile getProfile() {
        return profile;
    }

    public CountryProfileDraft getDraft() {
        return draft;
    }

    public List<DataSource> getSources() {
        return sources;
    }

    public WagePeriod[] getWagePeriods() {
        return WagePeriod.values();
    }
}
