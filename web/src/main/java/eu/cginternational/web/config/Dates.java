package eu.cginternational.web.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days and moments as the pages write them: the day as the reader's language writes it in a line or a list's cell
 * ("Mar 1, 2027", "1 mar 2027", "01.03.2027."), the time on the 24-hour clock all three languages read, and a moment
 * in UTC, the time every record is kept in. Exports keep the ISO form ({@link #iso}), which a spreadsheet sorts and
 * reads back whatever the language.
 */
public final class Dates {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /** A day in the reader's language; empty for none. */
    public static String day(Locale locale, LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** A day and a time of day on a clock of its own (a training session's, in its time zone). */
    public static String dayAndTime(Locale locale, LocalDateTime time) {
        return day(locale, time.toLocalDate()) + " " + timeOfDay(time);
    }

    /** The time of day on the 24-hour clock. */
    public static String timeOfDay(LocalDateTime time) {
        return TIME_OF_DAY.format(time);
    }

    /** A moment in UTC, its day in the reader's language; empty for none. */
    public static String moment(Locale locale, Instant moment) {
        return moment == null ? "" : dayAndTime(locale, LocalDateTime.ofInstant(moment, ZoneOffset.UTC)) + " UTC";
    }

    /** A moment written alike in every language ({@code 2026-11-29 17:05 UTC}), for exports; empty for none. */
    public static String iso(Instant moment) {
        return moment == null ? "" : ISO.format(moment);
    }
}
