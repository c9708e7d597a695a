package eu.cginternational.domain.grant;

import static eu.cginternational.domain.institution.CountryGroup.GROUP_1;
import static eu.cginternational.domain.institution.CountryGroup.GROUP_2;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rate tables for tests. The travel bands are those of the seeded 2024 table; the daily rates and
 * the inclusion amount are round test values, chosen so that every sum can be checked by eye.
 */
final class Rates {

    private Rates() {
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static List<TravelBand> bands2024() {
        return List.of(
                new TravelBand(10, 99, eur("28"), eur("56")),
                new TravelBand(100, 499, eur("211"), eur("285")),
                new TravelBand(500, 1999, eur("309"), eur("417")),
                new TravelBand(2000, 2999, eur("395"), eur("535")),
                new TravelBand(3000, 3999, eur("580"), eur("785")),
                new TravelBand(4000, 7999, eur("1188"), eur("1188")),
                new TravelBand(8000, null, eur("1735"), eur("1735")));
    }

    /** Standard travel funds 2 travel days, green travel 6; daily rates for learners and staff in groups 1 and 2. */
    static RateTable table(int year) {
        return new RateTable(year, "Test rates " + year, 2, 6, eur("100"), bands2024(), List.of(
                new DailyRate(ParticipantKind.LEARNER, GROUP_1, eur("60")),
                new DailyRate(ParticipantKind.LEARNER, GROUP_2, eur("50")),
                new DailyRate(ParticipantKind.STAFF, GROUP_1, eur("150")),
                new DailyRate(ParticipantKind.STAFF, GROUP_2, eur("120"))));
    }
}
