package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days and times as a person types them into the pages' date fields and reads them on the pages, in a language given
 * as the bundles' suffix ("" for English, "_sq", "_sr_Latn_ME"): typed in the language's pattern of the page bundle,
 * shown in the language's medium form with the time on the 24-hour clock, a moment on the reader's clock.
 */
final class PageDates {

    /** The clock of the demo coordinator, whose Mundus is in Valencia. */
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    /** The clock of the Albanian demo accounts. */
    static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");

    private PageDates() {
    }

    static String typed(String languageSuffix, LocalDate day) {
        return DateTimeFormatter.ofPattern(text(languageSuffix, "general.date_pattern")).format(day);
    }

    static String typed(String languageSuffix, LocalDateTime time) {
        return DateTimeFormatter.ofPattern(text(languageSuffix, "general.date_time_pattern")).format(time);
    }

    static String shown(String languageSuffix, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(languageSuffix)).format(day);
    }

    static String shown(String languageSuffix, LocalDateTime time) {
        return shown(languageSuffix, time.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    /** A moment as the pages show it to a reader whose clock is the zone, with the name of the time it keeps then. */
    static String shown(String languageSuffix, ZoneId zone, Instant moment) {
        return shown(languageSuffix, LocalDateTime.ofInstant(moment, zone)) + " "
                + DateTimeFormatter.ofPattern("zzz", locale(languageSuffix)).format(moment.atZone(zone));
    }

    /** Half past the hour the zone's clocks skip when they are next put forward: a time they never show. */
    static LocalDateTime skipped(ZoneId zone) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.now());
        while (!next.isGap()) {
            next = zone.getRules().nextTransition(next.getInstant());
        }
        return next.getDateTimeBefore().plusMinutes(30);
    }

    /** A regular expression for any moment as the pages show it in the language. */
    static String momentPattern(String languageSuffix) {
        String day = switch (languageSuffix) {
            case "" -> "\\p{L}+ \\d{1,2}, \\d{4}";
            case "_sq" -> "\\d{1,2} \\p{L}+ \\d{4}";
            default -> "\\d{2}\\.\\d{2}\\.\\d{4}\\.";
        };
        return day + " \\d{2}:\\d{2} (UTC|CET|CEST)";
    }

    private static Locale locale(String languageSuffix) {
        return languageSuffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(languageSuffix.substring(1).replace('_', '-'));
    }
}
