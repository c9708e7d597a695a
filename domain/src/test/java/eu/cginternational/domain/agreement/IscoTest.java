package eu.cginternational.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.guidance.Occupation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for an ISCO-08 unit group, wherever a code is entered. */
class IscoTest {

    @Nested
    class UnitGroups {

        @ParameterizedTest
        @ValueSource(strings = {"5120", "2512", "1111", "9629", "4110", "0110", "0210", "0310"})
        void unitGroupsOfEveryMajorGroupAreAccepted(String code) {
            assertThat(Isco.isUnitGroup(code)).isTrue();
            assertThat(new Isco.UnitGroupValidator().isValid(code, null)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000", "1000", "5020", "5102", "0111", "0120", "0410", "9999x", "512", "", " 5120", "5l20"})
        void fourDigitsThatNameNoUnitGroupAreRefused(String code) {
            assertThat(Isco.isUnitGroup(code)).isFalse();
            assertThat(new Isco.UnitGroupValidator().isValid(code, null)).isFalse();
        }

        @Test
        void noCodeIsNoUnitGroupButLeftToNotNullAsInput() {
            assertThat(Isco.isUnitGroup(null)).isFalse();
            assertThat(new Isco.UnitGroupValidator().isValid(null, null)).isTrue();
        }
    }

    @Nested
    class Everywhere {

        @Test
        void aCommitmentOfAnAgreementNamesAUnitGroup() {
            assertThrows(IllegalArgumentException.class, () -> new PlacementCommitment("1000", "Managers", 2));
            assertThat(new PlacementCommitment("5120", "Cooks", 2).getIscoCode()).isEqualTo("5120");
        }

        @Test
        void theGuidanceCatalogueTakesTheSameRuleWithoutTheArmedForces() {
            assertThat(Occupation.isIscoUnitGroup("5120")).isTrue();
            assertThat(Occupation.isIscoUnitGroup("1000")).isFalse();
            assertThat(Occupation.isIscoUnitGroup("0110")).isFalse();
        }
    }
}
