package eu.cginternational.domain.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the platform. Montenegrin is written in Latin script and uses the locale data of
 * Serbian Latin for Montenegro ({@code sr-Latn-ME}), which formats dates and numbers the same way.
 */
public enum Language {
    EN(Locale.forLanguageTag("en")),
    SQ(Locale.forLanguageTag("sq")),
    CNR(Locale.forLanguageTag("sr-Latn-ME"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language whose locale is the given one, ignoring region and script only for English and Albanian. */
    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(l -> l.locale.equals(locale) || (l != CNR && l.locale.getLanguage().equals(locale.getLanguage())))
                .findFirst()
                .or(() -> "cnr".equals(locale.getLanguage()) || "sr".equals(locale.getLanguage())
                        ? Optional.of(CNR) : Optional.empty());
    }
}
