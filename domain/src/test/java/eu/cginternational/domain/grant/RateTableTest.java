package eu.cginternational.domain.grant;

import static eu.cginternational.domain.grant.Rates.bands2024;
import static eu.cginternational.domain.grant.Rates.eur;
import static eu.cginternational.domain.grant.Rates.table;
import static eu.cginternational.domain.institution.CountryGroup.GROUP_1;
import static eu.cginternational.domain.institution.CountryGroup.GROUP_2;
import static eu.cginternational.domain.institution.CountryGroup.GROUP_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.grant.RateRuleException.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateTableTest {

    private final RateTable table = table(2024);

    private static RateRuleException refused(Rule rule, Executable change) {
        RateRuleException e = assertThrows(RateRuleException.class, change);
        assertThat(e.getRule()).isEqualTo(rule);
        return e;
    }

    @Nested
    class LookingUp {

        @ParameterizedTest(name = "{0} km")
        @ValueSource(ints = {9, 0})
        void noBandCoversDistancesBelowTheFirstOne(int km) {
            assertThat(table.bandFor(km)).isEmpty();
        }

        @Test
        void theBandOfADistanceIsTheOneThatCoversIt() {
            assertThat(table.bandFor(10).orElseThrow().getLabel()).isEqualTo("10–99 km");
            assertThat(table.bandFor(1999).orElseThrow().getLabel()).isEqualTo("500–1999 km");
            assertThat(table.bandFor(2000).orElseThrow().getLabel()).isEqualTo("2000–2999 km");
            assertThat(table.bandFor(12_000).orElseThrow().getLabel()).isEqualTo("8000+ km");
        }

        @Test
        void dailyRatesDependOnTheKindOfParticipantAndTheCountryGroup() {
            assertThat(table.dailyRate(ParticipantKind.LEARNER, GROUP_1)).contains(eur("60.00"));
            assertThat(table.dailyRate(ParticipantKind.STAFF, GROUP_1)).contains(eur("150.00"));
            assertThat(table.dailyRate(ParticipantKind.STAFF, GROUP_2)).contains(eur("120.00"));
        }

        @Test
        void aRateThatIsNotInTheTableIsUnknownNotZero() {
            assertThat(table.dailyRate(ParticipantKind.LEARNER, GROUP_3)).isEmpty();
        }

        @Test
        void greenTravelFundsMoreTravelDays() {
            assertThat(table.travelDays(false)).isEqualTo(2);
            assertThat(table.travelDays(true)).isEqualTo(6);
        }
    }

    @Nested
    class ChoosingTheProgrammeYear {

        private final List<RateTable> tables = List.of(table(2022), table(2024), table(2026));

        @Test
        void theTableOfTheStartYearApplies() {
            assertThat(RateTable.applicableIn(2024, tables).orElseThrow().getProgrammeYear()).isEqualTo(2024);
        }

        @Test
        void otherwiseTheLatestEarlierTableApplies() {
            assertThat(RateTable.applicableIn(2025, tables).orElseThrow().getProgrammeYear()).isEqualTo(2024);
            assertThat(RateTable.applicableIn(2031, tables).orElseThrow().getProgrammeYear()).isEqualTo(2026);
        }

        @Test
        void aLaterTableNeverApplies() {
            assertThat(RateTable.applicableIn(2021, tables)).isEmpty();
            assertThat(RateTable.applicableIn(2024, List.of())).isEmpty();
        }
    }

    @Nested
    class Revising {

        @Test
        void everythingIsReplacedAtOnce() {
            table.revise("  Programme Guide 2025  ", 1, 4, null, List.of(new TravelBand(10, null, eur("30"), eur("60"))),
                    List.of(new DailyRate(ParticipantKind.STAFF, GROUP_3, eur("99.5"))));

            assertThat(table.getSource()).isEqualTo("Programme Guide 2025");
            assertThat(table.travelDays(true)).isEqualTo(4);
            assertThat(table.findInclusionSupport()).isEmpty();
            assertThat(table.getTravelBands()).extracting(TravelBand::getLabel).containsExactly("10+ km");
            assertThat(table.dailyRate(ParticipantKind.STAFF, GROUP_3)).contains(eur("99.50"));
            assertThat(table.dailyRate(ParticipantKind.STAFF, GROUP_1)).isEmpty();
        }

        @Test
        void bandsMustAscendWithoutOverlap() {
            List<TravelBand> overlapping = new ArrayList<>(bands2024());
            overlapping.set(2, new TravelBand(499, 1999, eur("309"), eur("417")));

            RateRuleException e = refused(Rule.BANDS_NOT_ASCENDING, () -> revise(overlapping));
            assertThat(e.getArguments()).containsExactly("100–499 km", "499–1999 km");
        }

        @Test
        void bandsOutOfOrderAreRefused() {
            List<TravelBand> reversed = new ArrayList<>(bands2024().subList(0, 3));
            java.util.Collections.reverse(reversed);

            refused(Rule.BANDS_NOT_ASCENDING, () -> revise(reversed));
        }

        @Test
        void onlyTheLastBandMayBeOpenEnded() {
            List<TravelBand> bands = List.of(new TravelBand(10, null, eur("1"), eur("1")), new TravelBand(100, 499, eur("1"), eur("1")));

            refused(Rule.OPEN_BAND_NOT_LAST, () -> revise(bands));
        }

        /** A table without a travel band cannot estimate a grant: every distance would fall into no band. */
        @Test
        void atLeastOneBandIsRequired() {
            Map<String, String> before = table.facts();

            refused(Rule.NO_TRAVEL_BANDS, () -> revise(List.of()));
            refused(Rule.NO_TRAVEL_BANDS, () -> new RateTable(2027, "Programme Guide 2027", 2, 6, null, List.of(), List.of()));

            assertThat(table.facts()).isEqualTo(before);
        }

        @Test
        void gapsBetweenBandsAreAllowed() {
            revise(List.of(new TravelBand(10, 99, eur("1"), eur("1")), new TravelBand(500, 1999, eur("2"), eur("2"))));

            assertThat(table.bandFor(300)).isEmpty();
        }

        @Test
        void oneDailyRatePerKindAndGroup() {
            List<DailyRate> twice = List.of(new DailyRate(ParticipantKind.LEARNER, GROUP_1, eur("1")),
                    new DailyRate(ParticipantKind.LEARNER, GROUP_1, eur("2")));

            RateRuleException e = refused(Rule.DUPLICATE_DAILY_RATE,
                    () -> table.revise("Source", 2, 6, null, bands2024(), twice));
            assertThat(e.getArguments()).containsExactly(ParticipantKind.LEARNER, GROUP_1);
        }

        @Test
        void noAmountMayBeNegative() {
            refused(Rule.NEGATIVE_AMOUNT, () -> table.revise("Source", 2, 6, eur("-0.01"), bands2024(), List.of()));
            refused(Rule.NEGATIVE_AMOUNT, () -> new DailyRate(ParticipantKind.STAFF, GROUP_2, eur("-5")));
        }

        @Test
        void travelDaysStayInRange() {
            refused(Rule.TRAVEL_DAYS_OUT_OF_RANGE, () -> table.revise("Source", -1, 6, null, bands2024(), List.of()));
            refused(Rule.TRAVEL_DAYS_OUT_OF_RANGE,
                    () -> table.revise("Source", 2, RateTable.MAX_TRAVEL_DAYS + 1, null, bands2024(), List.of()));
        }

        @Test
        void theSourceIsRequiredAndLimited() {
            refused(Rule.SOURCE_REQUIRED, () -> table.revise("   ", 2, 6, null, bands2024(), List.of()));
            refused(Rule.SOURCE_REQUIRED, () -> table.revise(null, 2, 6, null, bands2024(), List.of()));
            refused(Rule.SOURCE_TOO_LONG,
                    () -> table.revise("x".repeat(RateTable.SOURCE_MAXLENGTH + 1), 2, 6, null, bands2024(), List.of()));
        }

        @Test
        void aRefusedRevisionChangesNothing() {
            Map<String, String> before = table.facts();
            List<TravelBand> bad = List.of(new TravelBand(10, null, eur("1"), eur("1")), new TravelBand(100, 499, eur("1"), eur("1")));

            assertThrows(RateRuleException.class, () -> table.revise("Other source", 0, 0, null, bad, List.of()));

            assertThat(table.facts()).isEqualTo(before);
        }

        private void revise(List<TravelBand> bands) {
            table.revise("Source", 2, 6, eur("100"), bands, table.getDailyRates());
        }
    }

    @Nested
    class Creating {

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {2013, 2101})
        void theYearLiesWithinTheProgrammes(int year) {
            refused(Rule.YEAR_OUT_OF_RANGE, () -> new RateTable(year, "Source", 2, 6, null, bands2024(), List.of()));
        }

        @Test
        void aNewTableMayLackDailyRatesAndTheInclusionSupport() {
            RateTable bandsOnly = new RateTable(2027, "Programme Guide 2027", 2, 6, null, bands2024(), List.of());

            assertThat(bandsOnly.getTravelBands()).hasSameSizeAs(bands2024());
            assertThat(bandsOnly.getDailyRates()).isEmpty();
            assertThat(bandsOnly.findInclusionSupport()).isEmpty();
        }

        @Test
        void aCopyForAnotherYearHasTheSameSourceAndAmounts() {
            RateTable copy = table.copyFor(2025);

            assertThat(copy.getProgrammeYear()).isEqualTo(2025);
            assertThat(copy.facts()).isEqualTo(table.facts());
            assertThat(copy.getTravelBands()).isNotSameAs(table.getTravelBands());
        }
    }

    @Nested
    class Auditing {

        @Test
        void theChangesNameEachAmountThatChanged() {
            Map<String, String> before = table.facts();
            List<TravelBand> bands = new ArrayList<>(bands2024());
            bands.set(1, new TravelBand(100, 499, eur("220"), eur("285")));
            table.revise(table.getSource(), 2, 6, null, bands,
                    List.of(new DailyRate(ParticipantKind.LEARNER, GROUP_1, eur("60")),
                            new DailyRate(ParticipantKind.LEARNER, GROUP_3, eur("40"))));

            assertThat(RateTable.changes(before, table.facts())).isEqualTo(
                    "inclusion: 100.00 -> -; travel 100–499 km: 211.00/285.00 -> 220.00/285.00; "
                            + "LEARNER GROUP_2: 50.00 -> -; STAFF GROUP_1: 150.00 -> -; STAFF GROUP_2: 120.00 -> -; "
                            + "LEARNER GROUP_3: - -> 40.00");
        }

        @Test
        void noChangeMeansAnEmptyDescription() {
            assertThat(RateTable.changes(table.facts(), table(2024).facts())).isEmpty();
        }
    }

    @Test
    void amountsAreKeptInCents() {
        table.revise("Source", 2, 6, new BigDecimal("99.999"), bands2024(), List.of());

        assertThat(table.getInclusionSupport()).isEqualTo(eur("100.00"));
    }
}
