package eu.cginternational.domain.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CountryTest {

    private static Country country(String code) {
        return new Country(code, CountryGroup.REGION_1, false, true);
    }

    @Nested
    class Code {

        @Test
        void twoCapitalLettersAreACode() {
            assertThat(country("ME").getCode()).isEqualTo("ME");
        }

        @Test
        void lowerCaseCodeIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> country("me"));
        }

        @Test
        void threeLetterCodeIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> country("MNE"));
        }

        @Test
        void oneLetterCodeIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> country("M"));
        }

        @Test
        void missingCodeIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> country(null));
        }

        @Test
        void missingGroupIsRejected() {
            assertThrows(NullPointerException.class, () -> new Country("ME", null, false, true));
        }
    }

    @Nested
    class Equality {

        @Test
        void countriesWithTheSameCodeAreEqual() {
            Country one = new Country("AT", CountryGroup.GROUP_2, true, false);
            Country other = new Country("AT", CountryGroup.GROUP_1, false, true);

            assertThat(one).isEqualTo(other);
            assertThat(one.hashCode()).isEqualTo(other.hashCode());
        }

        @Test
        void countriesWithDifferentCodesDiffer() {
            assertThat(country("ME")).isNotEqualTo(country("AL"));
        }

        @Test
        void countryIsNotEqualToItsCode() {
            assertThat(country("ME")).isNotEqualTo("ME");
        }
    }

    @Nested
    class DisplayName {

        @Test
        void kosovoIsNamedFromItsUserAssignedCode() {
            assertThat(country("XK").displayName(Locale.ENGLISH)).isEqualTo("Kosovo");
        }

        @Test
        void albaniaIsNamedInEnglish() {
            assertThat(country("AL").displayName(Locale.ENGLISH)).isEqualTo("Albania");
        }
    }

    @Nested
    class Days {

        private final Country albania = new Country("AL", CountryGroup.REGION_1, false, true, ZoneId.of("Europe/Tirane"));
        private final Country finland = new Country("FI", CountryGroup.GROUP_1, true, false, ZoneId.of("Europe/Helsinki"));
        private final Country unplaced = country("XX");

        @Test
        void justAfterMidnightInTiranaTheLatestDayIsTiranasAndTheEarliestTheUtcDay() {
            Instant halfPastMidnight = Instant.parse("2026-01-15T23:30:00Z"); // 00:30 CET on 16 January
            List<Country> countries = List.of(unplaced, albania);

            assertThat(albania.dayAt(halfPastMidnight)).isEqualTo(LocalDate.of(2026, 1, 16));
            assertThat(Country.latestDayAt(countries, halfPastMidnight)).isEqualTo(LocalDate.of(2026, 1, 16));
            assertThat(Country.earliestDayAt(countries, halfPastMidnight)).isEqualTo(LocalDate.of(2026, 1, 15));
        }

        @Test
        void whenHelsinkiHasPassedMidnightAndTiranaNotTheyAreOnTwoDays() {
            Instant moment = Instant.parse("2026-07-15T21:30:00Z"); // 00:30 in Helsinki, 23:30 in Tirana

            assertThat(Country.latestDayAt(List.of(albania, finland), moment)).isEqualTo(LocalDate.of(2026, 7, 16));
            assertThat(Country.earliestDayAt(List.of(albania, finland), moment)).isEqualTo(LocalDate.of(2026, 7, 15));
        }

        @Test
        void withoutCountriesTheDayIsUtcs() {
            Instant moment = Instant.parse("2026-07-15T23:30:00Z");

            assertThat(Country.latestDayAt(List.of(), moment)).isEqualTo(LocalDate.of(2026, 7, 15));
            assertThat(Country.earliestDayAt(List.of(), moment)).isEqualTo(LocalDate.of(2026, 7, 15));
        }
    }
}
