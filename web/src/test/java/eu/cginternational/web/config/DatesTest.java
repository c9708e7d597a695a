package eu.cginternational.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The pages write days as the reader's language does (DESIGN.md: dates are localised); exports keep ISO. */
class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | Mar 1, 2027",
        "SQ  | 1 mar 2027",
        "CNR | 01.03.2027."})
    void aDayIsWrittenInTheReadersLanguage(Language language, String written) {
        assertThat(Dates.day(language.locale(), LocalDate.of(2027, 3, 1))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | UTC              | Nov 29, 2026 17:05 UTC",
        "SQ  | Europe/Tirane    | 29 nën 2026 18:05 CET",
        "CNR | Europe/Podgorica | 29.11.2026. 18:05 CET",
        "EN  | Europe/Helsinki  | Nov 29, 2026 19:05 EET",
        "EN  | Europe/Lisbon    | Nov 29, 2026 17:05 WET"})
    void aMomentIsItsDayInTheReadersLanguageAndItsTimeOnTheReadersClockNamed(Language language, String zone, String written) {
        assertThat(Dates.moment(language.locale(), ZoneId.of(zone), Instant.parse("2026-11-29T17:05:31Z"))).isEqualTo(written);
    }

    /** Summer time is the clock's own: the same zone names the time it keeps on the day. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2027-03-28T00:30:00Z | 28.03.2027. 01:30 CET",
        "2027-03-28T01:30:00Z | 28.03.2027. 03:30 CEST",
        "2027-10-31T00:30:00Z | 31.10.2027. 02:30 CEST",
        "2027-10-31T01:30:00Z | 31.10.2027. 02:30 CET"})
    void aMomentAroundAChangeOfClockIsShownInTheTimeItKeepsThatDay(String moment, String written) {
        assertThat(Dates.moment(Language.CNR.locale(), ZoneId.of("Europe/Podgorica"), Instant.parse(moment)))
                .isEqualTo(written);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anExportWritesAMomentAlikeInEveryLanguage(Language language) {
        assertThat(Dates.iso(Instant.parse("2026-11-29T17:05:31Z"))).isEqualTo("2026-11-29 17:05 UTC");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noDayIsWrittenAsNothing(Language language) {
        assertThat(Dates.day(language.locale(), null)).isEmpty();
        assertThat(Dates.moment(language.locale(), Dates.UTC, null)).isEmpty();
    }

    /** What a person types into a date field in the language is read back as the same day and time. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | 2027-03-01 | 2027-03-01 09:30",
        "SQ  | 01.03.2027 | 01.03.2027 09:30",
        "CNR | 01.03.2027 | 01.03.2027 09:30"})
    void theDateFieldsReadTheLanguagesPattern(Language language, String day, String dayAndTime) {
        ResourceBundle bundle = ResourceBundle.getBundle(Bundle.NAME, language.locale());

        assertThat(LocalDate.parse(day, pattern(bundle, "general.date_pattern", language.locale())))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(LocalDateTime.parse(dayAndTime, pattern(bundle, "general.date_time_pattern", language.locale())))
                .isEqualTo(LocalDateTime.of(2027, 3, 1, 9, 30));
    }

    private static DateTimeFormatter pattern(ResourceBundle bundle, String key, Locale locale) {
        return DateTimeFormatter.ofPattern(bundle.getString(key), locale);
    }
}
