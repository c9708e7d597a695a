package eu.cginternational.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import eu.cginternational.domain.learning.LearningAgreementContent.Mentor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LearningAgreementContentTest {

    private static LearningAgreementContent content(int hours, Recognition recognition, String details, String language) {
        return new LearningAgreementContent("  Prepares the cold kitchen.  ", "Breakfast service", hours,
                new Mentor(" Ana García ", " ", "ana.garcia@example.es"), "Weekly talk", "Assessment grid",
                recognition, details, language, CefrLevel.B1);
    }

    @Nested
    class HoursPerWeek {

        @ParameterizedTest
        @ValueSource(ints = {LearningAgreementContent.MIN_HOURS_PER_WEEK, 20, LearningAgreementContent.MAX_HOURS_PER_WEEK})
        void withinTheRangeAreKept(int hours) {
            assertThat(content(hours, Recognition.ECVET, null, "es").getHoursPerWeek()).isEqualTo(hours);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 49, 80})
        void outsideTheRangeAreRefused(int hours) {
            assertThatIllegalArgumentException().isThrownBy(() -> content(hours, Recognition.ECVET, null, "es"));
        }
    }

    @Test
    void textsAreTrimmedAndBlankOptionalOnesAreNone() {
        LearningAgreementContent content = content(35, Recognition.EUROPASS_MOBILITY, "  ", "es");

        assertThat(content.getLearningOutcomes()).isEqualTo("Prepares the cold kitchen.");
        assertThat(content.getMentor()).isEqualTo(new Mentor("Ana García", null, "ana.garcia@example.es"));
        assertThat(content.getRecognitionDetails()).isNull();
    }

    @Test
    void anotherFormOfRecognitionMustBeDescribed() {
        assertThatIllegalArgumentException().isThrownBy(() -> content(35, Recognition.OTHER, " ", "es"));
        assertThat(content(35, Recognition.OTHER, "A certificate of the host", "es").getRecognitionDetails())
                .isEqualTo("A certificate of the host");
    }

    @Test
    void theLanguageOfWorkIsOneOfTheList() {
        assertThat(content(35, Recognition.ECVET, null, "cnr").getWorkLanguage()).isEqualTo("cnr");
        assertThatIllegalArgumentException().isThrownBy(() -> content(35, Recognition.ECVET, null, "xx"));
        assertThatIllegalArgumentException().isThrownBy(() -> content(35, Recognition.ECVET, null, null));
    }

    @Test
    void contentsWithTheSameValuesAreEqual() {
        assertThat(content(35, Recognition.ECVET, null, "es")).isEqualTo(content(35, Recognition.ECVET, " ", "es"))
                .hasSameHashCodeAs(content(35, Recognition.ECVET, null, "es"))
                .isNotEqualTo(content(36, Recognition.ECVET, null, "es"))
                .isNotEqualTo(content(35, Recognition.ECVET, null, "it"));
    }
}
