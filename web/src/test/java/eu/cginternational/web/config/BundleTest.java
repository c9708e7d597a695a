package eu.cginternational.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import java.time.LocalDateTime;
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
}
