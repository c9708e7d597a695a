package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.service.guidance.CountryProfiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /guidance/countries.xhtml}: the countries with a profile. */
@Named
@RequestScoped
public class CountriesBacking {

    @Inject
    CountryProfiles profiles;

    private List<CountryProfile> all;

    public List<CountryProfile> getProfiles() {
        if (all == null) {
            all = profiles.all();
        }
        return all;
    }
}
