package eu.cginternational.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The texts the services write (e-mails, refusals) exist and format in every language of the platform. */
class TextsTest {

    private static final String LINK = "http://localhost:8080/reset-password.xhtml?token=abc";

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTextFormatsWithItsArgumentsInTheLanguage(Language language) {
        ResourceBundle base = ResourceBundle.getBundle("eu.cginternational.service.ServiceTexts", java.util.Locale.ROOT);

        for (String key : Collections.list(base.getKeys())) {
            String text = Texts.format(language.locale(), key, "Klea Shehu", LINK, 1L, 7L);
            assertThat(text).as(key).isNotBlank().doesNotContain("{0}").doesNotContain("{1}").doesNotContain("{2}");
        }
    }

    /**
     * Every text goes through MessageFormat, which takes a single apostrophe for the start of a quote and drops it: a
     * text keeps its apostrophes when they are doubled (seen: "Ask for a teachers or a students account").
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyApostropheOfATextIsKept(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("eu.cginternational.service.ServiceTexts", language.locale());

        for (String key : Collections.list(bundle.getKeys())) {
            long written = bundle.getString(key).replace("''", "'").chars().filter(c -> c == '\'').count();
            String text = Texts.format(language.locale(), key, "Klea Shehu", LINK, 1L, 7L);

            assertThat(text.chars().filter(c -> c == '\'').count()).as(key).isEqualTo(written);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void mailsNameThePersonAndCarryTheLinkOnItsOwnLine(Language language) {
        for (String key : new String[] {"mail.password_reset.body", "mail.welcome.body"}) {
            String body = Texts.format(language.locale(), key, "Klea Shehu", LINK, 1L, 7L);

            assertThat(body).contains("Klea Shehu").contains("\n" + LINK + "\n");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SQ", "CNR"})
    void translatedMailsAreNotTheEnglishOnes(Language language) {
        String english = Texts.format(Language.EN.locale(), "mail.welcome.subject");

        assertThat(Texts.format(language.locale(), "mail.welcome.subject")).isNotEqualTo(english);
    }

    /**
     * English is the base bundle, with no file of its own: a server whose own language is Albanian (a ministry's
     * machine, LANG=sq_AL.UTF-8) still writes to a reader of English in English, not in the server's language.
     */
    @Test
    void aReaderOfEnglishGetsEnglishOnAServerOfAnotherLanguage() {
        String english = ResourceBundle.getBundle("eu.cginternational.service.ServiceTexts", Locale.ROOT)
                .getString("mail.welcome.subject");
        Locale server = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("sq-AL"));
        try {
            assertThat(Texts.format(Language.EN.locale(), "mail.welcome.subject")).isEqualTo(english);
            assertThat(Texts.format(Language.SQ.locale(), "mail.welcome.subject")).isNotEqualTo(english);
        } finally {
            Locale.setDefault(server);
        }
    }

    /** Notices and e-mails write a day as the reader's language does, as the documents do; never 2027-03-01. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | March 1, 2027",
        "SQ  | 1 mars 2027",
        "CNR | 01. mart 2027."})
    void aDayIsWrittenInTheReadersLanguage(Language language, String written) {
        assertThat(Texts.date(language.locale(), LocalDate.of(2027, 3, 1))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | March 1, 2027 09:05",
        "SQ  | 1 mars 2027 09:05",
        "CNR | 01. mart 2027. 09:05"})
    void aTimeOfDayIsOnTheTwentyFourHourClockInEveryLanguage(Language language, String written) {
        assertThat(Texts.dateTime(language.locale(), LocalDateTime.of(2027, 3, 1, 9, 5))).isEqualTo(written);
    }
}
