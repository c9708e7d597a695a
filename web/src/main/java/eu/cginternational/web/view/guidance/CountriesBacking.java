package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.service.guidance.CountryProfiles;
import eu.cginternational.web.view.CountryNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** {@code /guidance/countries.xhtml}: the countries with a profile, by name in the page's language. */
@Named
@RequestScoped
public class CountriesBacking {

    @Inject
    CountryProfiles profiles;

    @Inject
    CountryNames countryNames;

    private List<CountryProfile> all;

    public List<CountryProfile> getProfiles() {
        if (all == null) {
            all = profiles.all().stream()
                    .sorted(Comparator.comparing(CountryProfile::getCountryCode, countryNames.byName()))
                    .toList();
        }
        return all;
    }
}
