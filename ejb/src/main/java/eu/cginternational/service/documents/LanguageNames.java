package eu.cginternational.service.documents;

import eu.cginternational.service.config.Texts;
import java.util.Locale;

/**
 * The name of a language (ISO 639 code) in the reader's language: from the JDK's CLDR data, or
 * from the service texts ({@code language.CODE}) for a language the JDK does not name, such as
 * Montenegrin ({@code cnr}). Starts with a capital letter, as it stands alone in forms and documents.
 */
public final class LanguageNames {

    private LanguageNames() {
    }

    public static String of(String code, Locale reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        if (name.isEmpty() || name.equals(code)) {
            name = Texts.format(reader, "language." + code);
        }
        return name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }
}
