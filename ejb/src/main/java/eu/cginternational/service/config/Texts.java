package eu.cginternational.service.config;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the services produce themselves (e-mails, single validation messages), from the bundle
 * {@code eu.cginternational.service.ServiceTexts} in the reader's language, and the dates they show,
 * written as the reader's language writes them, alike in notices, e-mails and documents. A moment is written as a
 * day only once its reader's clock made it one ({@code Institution.dayAt}): the UTC day the records keep is the day
 * before in Tirana for the first hour after midnight (two in summer).
 */
public final class Texts {

    private static final String BUNDLE = "eu.cginternational.service.ServiceTexts";
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * English is the base bundle, with no file of its own: without this, a reader of English on a server whose own
     * language is Albanian or Montenegrin (a ministry's machine) would be written to in that language, as a bundle
     * falls back on the server's default locale before its base. The pages' bundle has English as its base too.
     */
    public static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** A day in the reader's language: "March 1, 2027", "1 mars 2027", "01. mart 2027.". */
    public static String date(Locale locale, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /**
     * A day and a time of day on a clock of its own (a training session's, in its time zone): the day in the
     * reader's language, the time on the 24-hour clock the pages use in all three languages.
     */
    public static String dateTime(Locale locale, LocalDateTime time) {
        return date(locale, time.toLocalDate()) + " " + TIME_OF_DAY.format(time);
    }
}
