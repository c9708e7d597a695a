package eu.cginternational.domain.grant;

import static eu.cginternational.domain.grant.Rates.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.grant.RateRuleException.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TravelBandTest {

    private final TravelBand band = new TravelBand(100, 499, eur("211"), eur("285"));
    private final TravelBand open = new TravelBand(8000, null, eur("1735"), eur("1735"));

    @Nested
    class Covering {

        @ParameterizedTest(name = "{0} km: {1}")
        @CsvSource({"99, false", "100, true", "250, true", "499, true", "500, false"})
        void bothEndsBelongToTheBand(int km, boolean covered) {
            assertThat(band.covers(km)).isEqualTo(covered);
        }

        @Test
        void anOpenBandCoversEveryLongerDistance() {
            assertThat(open.covers(7999)).isFalse();
            assertThat(open.covers(8000)).isTrue();
            assertThat(open.covers(20_015)).isTrue();
            assertThat(open.isOpenEnded()).isTrue();
        }
    }

    @Nested
    class Amounts {

        @Test
        void greenTravelHasItsOwnAmount() {
            assertThat(band.amount(false)).isEqualByComparingTo("211");
            assertThat(band.amount(true)).isEqualByComparingTo("285");
        }

        @Test
        void amountsAreKeptInCents() {
            assertThat(new TravelBand(10, 99, eur("28.005"), eur("56")).getStandardAmount()).isEqualTo(eur("28.01"));
        }

        @Test
        void aNegativeAmountIsRefused() {
            RateRuleException e = assertThrows(RateRuleException.class, () -> new TravelBand(10, 99, eur("-1"), eur("56")));
            assertThat(e.getRule()).isEqualTo(Rule.NEGATIVE_AMOUNT);
            assertThat(e.getArguments()).containsExactly("10–99 km");
        }

        @Test
        void zeroIsAnAmount() {
            assertThat(new TravelBand(10, 99, eur("0"), eur("0")).amount(true)).isZero();
        }
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThat(assertThrows(RateRuleException.class, () -> new TravelBand(500, 499, eur("1"), eur("1"))).getRule())
                .isEqualTo(Rule.BAND_END_BEFORE_START);
        assertThat(assertThrows(RateRuleException.class, () -> new TravelBand(-1, 9, eur("1"), eur("1"))).getRule())
                .isEqualTo(Rule.BAND_END_BEFORE_START);
    }

    @Test
    void aBandOfOneKilometreIsAllowed() {
        assertThat(new TravelBand(10, 10, eur("1"), eur("1")).covers(10)).isTrue();
    }

    @Test
    void labelsReadAsInTheProgrammeGuide() {
        assertThat(band.getLabel()).isEqualTo("100–499 km");
        assertThat(open.getLabel()).isEqualTo("8000+ km");
    }

    @Test
    void bandsWithTheSameValuesAreEqualWhateverTheScale() {
        assertThat(new TravelBand(100, 499, eur("211.0"), eur("285.00"))).isEqualTo(band).hasSameHashCodeAs(band);
        assertThat(new TravelBand(100, 499, eur("212"), eur("285"))).isNotEqualTo(band);
    }
}
