package eu.cginternational.domain.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
