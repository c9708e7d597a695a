package eu.cginternational.web.view.guidance;

import eu.cginternational.web.view.ActiveUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/** The name of a country code in the reader's language, as {@link eu.cginternational.domain.institution.Country} names it. */
@Named
@RequestScoped
public class CountryNames {

    @Inject
    ActiveUser activeUser;

    public String name(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(activeUser.getLocale());
    }
}
