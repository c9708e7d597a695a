package eu.cginternational.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.learning.LearningAgreementContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "sq", "sr", "mk", "cnr"})
    void isoCodesOfTwoLettersAndMontenegrinAreKnown(String code) {
        assertThat(LanguageCode.isKnown(code)).isTrue();
        assertThat(new LanguageCode.KnownValidator().isValid(code, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "zzz", "qq", "eng", "ES", "e", "", " es"})
    void lettersThatNameNoLanguageOrAreNotAnIsoCodeAsWrittenAreNot(String code) {
        assertThat(LanguageCode.isKnown(code)).isFalse();
        assertThat(new LanguageCode.KnownValidator().isValid(code, null)).isFalse();
    }

    @Test
    void everyLanguageOfWorkOfferedIsKnown() {
        assertThat(LearningAgreementContent.WORK_LANGUAGES).allMatch(LanguageCode::isKnown);
    }

    @Test
    void noCodeIsLeftToNotNullAsInput() {
        assertThat(LanguageCode.isKnown(null)).isFalse();
        assertThat(new LanguageCode.KnownValidator().isValid(null, null)).isTrue();
    }
}
