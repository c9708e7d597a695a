package eu.cginternational.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LanguageTest {

    private static Optional<Language> of(String languageTag) {
        return Language.of(Locale.forLanguageTag(languageTag));
    }

    @Nested
    class FromLocale {

        @Test
        void englishIsEn() {
            assertThat(of("en")).isEqualTo(Optional.of(Language.EN));
        }

        @Test
        void englishOfAnyRegionIsEn() {
            assertThat(of("en-GB")).isEqualTo(Optional.of(Language.EN));
        }

        @Test
        void albanianIsSq() {
            assertThat(of("sq")).isEqualTo(Optional.of(Language.SQ));
            assertThat(of("sq-XK")).isEqualTo(Optional.of(Language.SQ));
        }

        @Test
        void serbianLatinOfMontenegroIsMontenegrin() {
            assertThat(of("sr-Latn-ME")).isEqualTo(Optional.of(Language.CNR));
        }

        @Test
        void montenegrinLanguageCodeIsMontenegrin() {
            assertThat(of("cnr")).isEqualTo(Optional.of(Language.CNR));
        }

        @Test
        void plainSerbianIsMontenegrin() {
            assertThat(of("sr")).isEqualTo(Optional.of(Language.CNR));
        }

        @Test
        void unknownLanguageIsEmpty() {
            assertThat(of("de")).isEqualTo(Optional.empty());
        }

        @Test
        void noLocaleIsEmpty() {
            assertThat(Language.of(null)).isEqualTo(Optional.empty());
        }
    }

    @Nested
    class ToLocale {

        @Test
        void montenegrinUsesSerbianLatinOfMontenegro() {
            assertThat(Language.CNR.locale()).isEqualTo(Locale.forLanguageTag("sr-Latn-ME"));
        }

        @Test
        void everyLanguageComesBackFromItsOwnLocale() {
            for (Language language : Language.values()) {
                assertThat(Language.of(language.locale())).isEqualTo(Optional.of(language));
            }
        }
    }
}
