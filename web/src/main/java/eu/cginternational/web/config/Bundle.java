package eu.cginternational.web.config;

import eu.cginternational.domain.institution.Country;
import eu.cginternational.service.config.Texts;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The page texts ({@code #{i18n[...]}} in views) for use in Java code. */
public final class Bundle {

    public static final String NAME = "eu.cginternational.web.i18n.messages";

    private Bundle() {
    }

    /** The text of the key in the language, for a reader whose clock is not known: a moment in it is shown in UTC. */
    public static String text(Locale locale, String key, Object... arguments) {
        return text(locale, Dates.UTC, key, arguments);
    }

    /**
     * The text of the key in the language, with its placeholders filled; the key itself when
     * missing. An enum argument is shown by its label ({@code EnumClass.VALUE}), not its name, a country by its name in
     * the language, and a day, a time of a
     * clock of its own or a moment as the pages write it in the language, a moment on the reader's clock ({@link Dates}),
     * not as {@code toString} writes it.
     */
    public static String text(Locale locale, ZoneId zone, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(NAME, locale, Bundle.class.getClassLoader(), Texts.NO_FALLBACK);
            String pattern = bundle.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] shown = Arrays.stream(arguments).map(argument -> label(bundle, locale, zone, argument)).toArray();
            return new MessageFormat(pattern, locale).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static Object label(ResourceBundle bundle, Locale locale, ZoneId zone, Object argument) {
        if (argument instanceof Enum<?> value) {
            String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
            return bundle.containsKey(key) ? bundle.getString(key) : value.name();
        }
        if (argument instanceof Country country) {
            return country.displayName(locale);
        }
        if (argument instanceof Instant moment) {
            return Dates.moment(locale, zone, moment);
        }
        if (argument instanceof LocalDateTime time) {
            return Dates.dayAndTime(locale, time);
        }
        if (argument instanceof LocalDate day) {
            return Dates.day(locale, day);
        }
        return argument;
    }
}
