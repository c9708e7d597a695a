package eu.cginternational.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages fill their placeholders as the pages write values, not as {@code toString} does. */
class BundleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | Mar 28, 2027 02:30 does not exist in Europe/Tirane:",
        "SQ  | 28 mar 2027 02:30 nuk ekziston në Europe/Tirane:",
        "CNR | 28.03.2027. 02:30 ne postoji u zoni Europe/Tirane:"})
    void aTimeOfAClockOfItsOwnIsItsDayInTheReadersLanguageAndItsTimeOfDay(Language language, String written) {
        assertThat(Bundle.text(language.locale(), "training.rule.SESSION_TIME_SKIPPED", LocalDateTime.of(2027, 3, 28, 2, 30),
                "Europe/Tirane")).startsWith(written);
    }

    /**
     * English is the base bundle, with no file of its own: the labels of an export or a chart for a reader of English
     * stay English on a server whose own language is Montenegrin or Albanian.
     */
    @Test
    void aReaderOfEnglishGetsEnglishOnAServerOfAnotherLanguage() {
        String english = ResourceBundle.getBundle(Bundle.NAME, Locale.ROOT).getString("MobilityStatus.SUBMITTED");
        Locale server = Locale.getDefault();
        try {
            for (String language : new String[] {"sr-Latn-ME", "sq-AL"}) {
                Locale.setDefault(Locale.forLanguageTag(language));
                assertThat(Bundle.text(Language.EN.locale(), "MobilityStatus.SUBMITTED")).as(language).isEqualTo(english);
            }
            assertThat(Bundle.text(Language.SQ.locale(), "MobilityStatus.SUBMITTED")).isNotEqualTo(english);
        } finally {
            Locale.setDefault(server);
        }
    }
}
