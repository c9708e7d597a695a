package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.domain.guidance.DataSource;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.service.guidance.CountryProfiles;
import eu.cginternational.service.guidance.OccupationCatalogue;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /guidance/country.xhtml?code=XX}: a country's profile with the sources of its figures and
 * the occupations in shortage there.
 */
@Named
@ViewScoped
public class CountryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CountryProfiles profiles;

    @Inject
    OccupationCatalogue occupations;

    private String code;
    private CountryProfile profile;
    private Map<String, DataSource> sources;
    private List<Occupation> shortages;

    public void load() {
        profile = profiles.get(code);
        sources = occupations.sources(Set.of(profile.getWage().source(), profile.getCostSource(), profile.getTextSource()));
        shortages = occupations.shortagesIn(profile.getCountryCode());
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

    public DataSource source(String sourceCode) {
        return sources.get(sourceCode);
    }

    public Collection<DataSource> getSources() {
        return sources.values();
    }

    public List<Occupation> getShortages() {
        return shortages;
    }
}
