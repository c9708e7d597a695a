package eu.cginternational.domain.grant;

import static eu.cginternational.domain.grant.GrantEstimate.Status.COUNTED;
import static eu.cginternational.domain.grant.GrantEstimate.Status.DISTANCE_UNKNOWN;
import static eu.cginternational.domain.grant.GrantEstimate.Status.NOT_REQUESTED;
import static eu.cginternational.domain.grant.GrantEstimate.Status.NO_BAND;
import static eu.cginternational.domain.grant.GrantEstimate.Status.NO_RATE;
import static eu.cginternational.domain.grant.ParticipantKind.LEARNER;
import static eu.cginternational.domain.grant.ParticipantKind.STAFF;
import static eu.cginternational.domain.grant.Rates.eur;
import static eu.cginternational.domain.grant.Rates.table;
import static eu.cginternational.domain.institution.CountryGroup.GROUP_1;
import static eu.cginternational.domain.institution.CountryGroup.GROUP_2;
import static eu.cginternational.domain.institution.CountryGroup.GROUP_3;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.institution.CountryGroup;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantEstimateTest {

    private static final List<RateTable> TABLES = List.of(table(2024));

    /** A learner going 1719 km (Tirana to Valencia) to a group 2 country for 21 days, standard travel. */
    private static GrantRequest learnerToSpain() {
        return new GrantRequest(2024, 1719, GROUP_2, LEARNER, 21, false, false);
    }

    private static GrantEstimate estimate(GrantRequest request) {
        return GrantEstimate.of(request, TABLES);
    }

    private static GrantRequest at(int km, boolean green) {
        return new GrantRequest(2024, km, GROUP_2, LEARNER, 21, green, false);
    }

    @Nested
    class Travel {

        @ParameterizedTest(name = "{0} km standard: {1}")
        @CsvSource({"10, 28", "99, 28", "100, 211", "499, 211", "500, 309", "1999, 309", "2000, 395", "2999, 395",
            "3000, 580", "3999, 580", "4000, 1188", "7999, 1188", "8000, 1735", "19000, 1735"})
        void theBandOfTheDistanceGivesTheAmount(int km, String amount) {
            GrantEstimate estimate = estimate(at(km, false));

            assertThat(estimate.getTravel().getStatus()).isEqualTo(COUNTED);
            assertThat(estimate.getTravel().getAmount()).isEqualByComparingTo(amount);
            assertThat(estimate.getBand().covers(km)).isTrue();
        }

        @ParameterizedTest(name = "{0} km green: {1}")
        @CsvSource({"99, 56", "100, 285", "1999, 417", "2000, 535", "3999, 785", "4000, 1188", "8000, 1735"})
        void greenTravelHasItsOwnAmounts(int km, String amount) {
            assertThat(estimate(at(km, true)).getTravel().getAmount()).isEqualByComparingTo(amount);
        }

        @Test
        void belowTheFirstBandThereIsNoTravelSupport() {
            GrantEstimate estimate = estimate(at(9, false));

            assertThat(estimate.getTravel().getStatus()).isEqualTo(NO_BAND);
            assertThat(estimate.getTravel().getAmount()).isNull();
            assertThat(estimate.getBand()).isNull();
            assertThat(estimate.isComplete()).isFalse();
        }

        @Test
        void withoutCoordinatesTheDistanceIsUnknownAndNotGuessed() {
            GrantEstimate estimate = estimate(new GrantRequest(2024, null, GROUP_2, LEARNER, 21, false, false));

            assertThat(estimate.getDistanceKm()).isNull();
            assertThat(estimate.getBand()).isNull();
            assertThat(estimate.getTravel().getStatus()).isEqualTo(DISTANCE_UNKNOWN);
            assertThat(estimate.getIndividualSupport().getStatus()).isEqualTo(COUNTED);
            assertThat(estimate.getTotal()).isEqualByComparingTo(estimate.getIndividualSupport().getAmount());
            assertThat(estimate.isComplete()).isFalse();
        }
    }

    @Nested
    class IndividualSupport {

        @Test
        void standardTravelAddsTwoTravelDaysToTheDaysOfActivity() {
            GrantEstimate estimate = estimate(learnerToSpain());

            assertThat(estimate.getActivityDays()).isEqualTo(21);
            assertThat(estimate.getTravelDays()).isEqualTo(2);
            assertThat(estimate.getFundedDays()).isEqualTo(23);
            assertThat(estimate.getDailyRate()).isEqualByComparingTo("50");
            assertThat(estimate.getIndividualSupport().getAmount()).isEqualByComparingTo("1150");
        }

        @Test
        void greenTravelAddsUpToSixTravelDays() {
            GrantEstimate estimate = estimate(at(1719, true));

            assertThat(estimate.getTravelDays()).isEqualTo(6);
            assertThat(estimate.getIndividualSupport().getAmount()).isEqualByComparingTo("1350");
        }

        @ParameterizedTest(name = "{0} to {1}: {2} per day")
        @CsvSource({"LEARNER, GROUP_1, 60", "LEARNER, GROUP_2, 50", "STAFF, GROUP_1, 150", "STAFF, GROUP_2, 120"})
        void theDailyRateDependsOnTheParticipantAndTheDestinationGroup(ParticipantKind kind, CountryGroup group,
                String rate) {
            GrantEstimate estimate = estimate(new GrantRequest(2024, 1719, group, kind, 5, false, false));

            assertThat(estimate.getDailyRate()).isEqualByComparingTo(rate);
            assertThat(estimate.getIndividualSupport().getAmount())
                    .isEqualByComparingTo(new java.math.BigDecimal(rate).multiply(java.math.BigDecimal.valueOf(7)));
        }

        @Test
        void aGroupWithoutARateShowsThatInsteadOfAnAmount() {
            GrantEstimate estimate = estimate(new GrantRequest(2024, 1719, GROUP_3, STAFF, 5, false, false));

            assertThat(estimate.getDailyRate()).isNull();
            assertThat(estimate.getIndividualSupport().getStatus()).isEqualTo(NO_RATE);
            assertThat(estimate.getTotal()).isEqualByComparingTo("309");
            assertThat(estimate.isComplete()).isFalse();
        }
    }

    @Nested
    class InclusionSupport {

        @Test
        void itIsAddedWhenTheParticipantHasFewerOpportunities() {
            GrantEstimate estimate = estimate(new GrantRequest(2024, 1719, GROUP_2, LEARNER, 21, false, true));

            assertThat(estimate.getInclusionSupport().getAmount()).isEqualByComparingTo("100");
            assertThat(estimate.getTotal()).isEqualByComparingTo("1559");
            assertThat(estimate.isComplete()).isTrue();
        }

        @Test
        void itIsNotPartOfTheGrantOtherwise() {
            GrantEstimate estimate = estimate(learnerToSpain());

            assertThat(estimate.getInclusionSupport().getStatus()).isEqualTo(NOT_REQUESTED);
            assertThat(estimate.getTotal()).isEqualByComparingTo("1459");
            assertThat(estimate.isComplete()).isTrue();
        }

        @Test
        void aTableWithoutAnInclusionAmountSaysSo() {
            RateTable table = table(2024);
            table.revise(table.getSource(), 2, 6, null, table.getTravelBands(), table.getDailyRates());

            GrantEstimate estimate = GrantEstimate.of(new GrantRequest(2024, 1719, GROUP_2, LEARNER, 21, false, true), List.of(table));

            assertThat(estimate.getInclusionSupport().getStatus()).isEqualTo(NO_RATE);
            assertThat(estimate.isComplete()).isFalse();
        }

        @Test
        void aHostReadsTheSameEstimateWhetherOrNotTheParticipantHasFewerOpportunities() {
            GrantEstimate fewer = estimate(new GrantRequest(2024, 1719, GROUP_2, LEARNER, 21, false, true)).withholdingInclusion();
            GrantEstimate usual = estimate(learnerToSpain()).withholdingInclusion();

            for (GrantEstimate withheld : List.of(fewer, usual)) {
                assertThat(withheld.getInclusionSupport().getStatus()).isEqualTo(GrantEstimate.Status.WITHHELD);
                assertThat(withheld.getInclusionSupport().getAmount()).isNull();
                assertThat(withheld.getTotal()).isEqualByComparingTo("1459");
                assertThat(withheld.isComplete()).isTrue();
                assertThat(withheld.getTravel().getAmount()).isEqualByComparingTo("309");
            }
        }
    }

    @Nested
    class ProgrammeYear {

        @Test
        void theRatesOfTheStartYearAreUsed() {
            GrantEstimate estimate = GrantEstimate.of(learnerToSpain(), List.of(table(2023), table(2024), table(2025)));

            assertThat(estimate.getRateYear()).isEqualTo(2024);
            assertThat(estimate.getSource()).isEqualTo("Test rates 2024");
            assertThat(estimate.isEarlierYear()).isFalse();
        }

        @Test
        void otherwiseTheLatestEarlierYearIsUsedAndSaidSo() {
            GrantEstimate estimate = estimate(new GrantRequest(2027, 1719, GROUP_2, LEARNER, 21, false, false));

            assertThat(estimate.getStartYear()).isEqualTo(2027);
            assertThat(estimate.getRateYear()).isEqualTo(2024);
            assertThat(estimate.isEarlierYear()).isTrue();
            assertThat(estimate.getTotal()).isEqualByComparingTo("1459");
        }

        @Test
        void withoutATableForTheYearOrEarlierNothingIsEstimated() {
            GrantEstimate estimate = estimate(new GrantRequest(2023, 1719, GROUP_2, LEARNER, 21, true, true));

            assertThat(estimate.isRated()).isFalse();
            assertThat(estimate.getRateYear()).isNull();
            assertThat(estimate.getSource()).isNull();
            assertThat(List.of(estimate.getTravel(), estimate.getIndividualSupport(), estimate.getInclusionSupport()))
                    .allSatisfy(part -> assertThat(part.getStatus()).isEqualTo(NO_RATE));
            assertThat(estimate.getTravelDays()).isZero();
            assertThat(estimate.getTotal()).isEqualByComparingTo("0");
            assertThat(estimate.isComplete()).isFalse();
        }

        @Test
        void aTableWithoutTheDistanceOrTheRateGivesNoRateInsteadOfZero() {
            RateTable shortHaulOnly = new RateTable(2024, "Short haul only", 2, 6, null,
                    List.of(new TravelBand(10, 99, eur("28"), eur("56"))), List.of());
            GrantEstimate estimate = GrantEstimate.from(learnerToSpain(), Optional.of(shortHaulOnly));

            assertThat(estimate.getTravel().getStatus()).isEqualTo(NO_BAND);
            assertThat(estimate.getIndividualSupport().getStatus()).isEqualTo(NO_RATE);
            assertThat(estimate.getTotal()).isEqualByComparingTo("0");
        }
    }

    @Test
    void theTotalIsTheSumOfTheCountedPartsInCents() {
        GrantEstimate estimate = estimate(new GrantRequest(2024, 4200, GROUP_1, STAFF, 10, true, true));

        assertThat(estimate.getTravel().getAmount()).isEqualTo(new java.math.BigDecimal("1188.00"));
        assertThat(estimate.getIndividualSupport().getAmount()).isEqualTo(new java.math.BigDecimal("2400.00"));
        assertThat(estimate.getTotal()).isEqualTo(new java.math.BigDecimal("3688.00"));
    }
}
