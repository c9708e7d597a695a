package eu.cginternational.web.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days and moments as the pages write them: the day as the reader's language writes it in a line or a list's cell
 * ("Mar 1, 2027", "1 mar 2027", "01.03.2027."), the time on the 24-hour clock all three languages read, and a moment
 * on the reader's clock, named ("15:05 CET", "16:05 CEST"; "14:05 UTC" for a visitor). Exports keep the ISO form in
 * UTC ({@link #iso}), the time every record is kept in, which a spreadsheet sorts and reads back whatever the language.
 */
public final class Dates {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The clock of a reader whose country is not known: a visitor, a client of the API without an account. */
    public static final ZoneId UTC = ZoneId.of("UTC");

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

    /**
     * A moment on the reader's clock, its day in the reader's language, with the name of the time it is in on that day
     * (CET in winter, CEST in summer); empty for none.
     */
    public static String moment(Locale locale, ZoneId zone, Instant moment) {
        if (moment == null) {
            return "";
        }
        return dayAndTime(locale, LocalDateTime.ofInstant(moment, zone)) + " "
                + ZONE_NAME.withLocale(locale).format(moment.atZone(zone));
    }

    /** A moment written alike in every language ({@code 2026-11-29 17:05 UTC}), for exports; empty for none. */
    public static String iso(Instant moment) {
        return moment == null ? "" : ISO.format(moment);
    }
}
