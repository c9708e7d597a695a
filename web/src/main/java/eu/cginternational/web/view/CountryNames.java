package eu.cginternational.web.view;

import eu.cginternational.domain.institution.Country;
import eu.cginternational.service.directory.InstitutionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.omnifaces.util.Faces;

/**
 * The names of the countries in the language of the page, worked out once per language: list pages
 * show them in every row and in their filters, and the countries are reference data that only a
 * migration changes. {@code #{countryNames.names[code]}} for a name, {@code #{countryNames.options}}
 * for a select menu sorted by name.
 */
@Named
@ApplicationScoped
public class CountryNames {

    @Inject
    InstitutionDirectory directory;

    private final Map<Locale, InLanguage> byLanguage = new ConcurrentHashMap<>();

    public Map<String, String> getNames() {
        return inPageLanguage().names();
    }

    public List<SelectItem> getOptions() {
        return inPageLanguage().options();
    }

    /** Country codes in the order of their names in the page's language: Kosovë (XK) between Itali and Mal i Zi. */
    public Comparator<String> byName() {
        Map<String, Integer> positions = inPageLanguage().positions();
        return Comparator.comparing(code -> positions.getOrDefault(code, Integer.MAX_VALUE));
    }

    private InLanguage inPageLanguage() {
        return byLanguage.computeIfAbsent(Faces.getLocale(), this::load);
    }

    private InLanguage load(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Map<String, String> names = new LinkedHashMap<>();
        directory.countries().stream()
                .sorted(Comparator.comparing((Country country) -> country.displayName(locale), collator))
                .forEach(country -> names.put(country.getCode(), country.displayName(locale)));
        List<SelectItem> options = names.entrySet().stream()
                .map(name -> new SelectItem(name.getKey(), name.getValue()))
                .toList();
        Map<String, Integer> positions = new HashMap<>();
        names.keySet().forEach(code -> positions.put(code, positions.size()));
        return new InLanguage(Map.copyOf(names), options, Map.copyOf(positions));
    }

    private record InLanguage(Map<String, String> names, List<SelectItem> options, Map<String, Integer> positions) {
    }
}
