package eu.cginternational.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.guidance.Occupation;
import java.util.List;
import java.util.stream.IntStream;
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

    /**
     * The sub-major groups of ISCO-08, each with its first and last minor group, as the ILO's structure lists them; the
     * group before the first and the one after the last of each major group name nothing.
     */
    @Nested
    class WithinTheStructure {

        @ParameterizedTest
        @ValueSource(strings = {"1111", "1120", "1411", "1439", "2111", "2166", "2611", "2659", "3111", "3522", "4110",
                "4419", "5111", "5419", "6111", "6340", "7111", "7549", "8111", "8189", "8350", "9111", "9629"})
        void theFirstAndLastMinorGroupsOfEachMajorGroupAreAccepted(String code) {
            assertThat(Isco.isUnitGroup(code)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1011", "1500", "1511", "1911", "2011", "2700", "2711", "3011", "3611", "4011",
                "4511", "5011", "5511", "6011", "6400", "6411", "7011", "7611", "8011", "8411", "9011", "9700", "9711", "9999"})
        void aSubMajorGroupISCO08DoesNotHaveIsRefused(String code) {
            assertThat(Isco.isUnitGroup(code)).isFalse();
            assertThat(new Isco.UnitGroupValidator().isValid(code, null)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0120", "0220", "0320", "1130", "1230", "1350", "1440", "1499", "2170", "2270",
                "2360", "2440", "2530", "2660", "3160", "3260", "3360", "3440", "3530", "4140", "4230", "4330", "4420", "5170",
                "5250", "5330", "5420", "6140", "6230", "6350", "7140", "7240", "7330", "7430", "7550", "8190", "8220",
                "8360", "9130", "9220", "9340", "9420", "9530", "9630"})
        void aMinorGroupAfterTheLastOfItsSubMajorGroupIsRefused(String code) {
            assertThat(Isco.isUnitGroup(code)).isFalse();
        }

        @Test
        void exactlyTheSubMajorGroupsOfISCO08AreGroups() {
            List<String> subMajor = IntStream.range(0, 100).mapToObj(n -> String.format("%02d", n)).filter(Isco::isGroup)
                    .toList();

            assertThat(subMajor).containsExactly("01", "02", "03", "11", "12", "13", "14", "21", "22", "23", "24", "25", "26",
                    "31", "32", "33", "34", "35", "41", "42", "43", "44", "51", "52", "53", "54", "61", "62", "63", "71", "72",
                    "73", "74", "75", "81", "82", "83", "91", "92", "93", "94", "95", "96");
        }

        @Test
        void isco08Has130MinorGroups() {
            assertThat(IntStream.range(0, 1000).mapToObj(n -> String.format("%03d", n)).filter(Isco::isGroup)).hasSize(130);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "1", "9", "14", "26", "96", "011", "143", "818", "962", "1431", "0110"})
        void theFirstDigitsOfAUnitGroupNameAGroup(String code) {
            assertThat(Isco.isGroup(code)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"15", "00", "97", "012", "144", "819", "1500", "0111", "51203", "", " 5", "5a"})
        void digitsNoUnitGroupStartsWithNameNoGroup(String code) {
            assertThat(Isco.isGroup(code)).isFalse();
        }

        @Test
        void noCodeNamesNoGroup() {
            assertThat(Isco.isGroup(null)).isFalse();
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
