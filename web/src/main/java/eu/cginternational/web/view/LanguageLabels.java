package eu.cginternational.web.view;

import eu.cginternational.service.documents.LanguageNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** {@code #{languageLabels.of(code)}}: the name of a language (ISO 639 code) in the language of the page, "Engleski" for en. */
@Named
@ApplicationScoped
public class LanguageLabels {

    public String of(String code) {
        return code == null || code.isBlank() ? "" : LanguageNames.of(code, Faces.getLocale());
    }
}
