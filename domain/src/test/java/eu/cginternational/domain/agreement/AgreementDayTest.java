package eu.cginternational.domain.agreement;

import static eu.cginternational.domain.PersistedAs.withId;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An agreement's day is the day at the institution that drafted it, on its country's clock: an agreement a school in
 * Tirana drafted ends at midnight in Tirana, an hour (two in summer) before the UTC day does, and one a Finnish company
 * drafted at midnight in Helsinki.
 */
class AgreementDayTest {

    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true, TIRANA);
    private static final Country FINLAND = new Country("FI", CountryGroup.GROUP_1, true, false, ZoneId.of("Europe/Helsinki"));
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final LocalDate START = LocalDate.of(2025, 4, 1);
    /** The last day of a version ending in winter, and of one ending in summer. */
    private static final LocalDate WINTER_END = LocalDate.of(2027, 1, 15);
    private static final LocalDate SUMMER_END = LocalDate.of(2027, 7, 15);

    private final Institution school = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Tirana", new GeoPoint(41.33, 19.82)), 1L);
    private final Institution company = withId(new Institution("Oulu Kitchens Oy", InstitutionType.COMPANY, FINLAND,
            "Oulu", new GeoPoint(65.01, 25.47)), 2L);
    private final UserAccount director = person(10L, "school.kpt", school, Role.SCHOOL_ADMIN);
    private final UserAccount partner = person(11L, "partner.fi", company, Role.PARTNER);

    private static UserAccount person(long id, String username, Institution institution, Role role) {
        return withId(new UserAccount(username, username + "@example.org", username, institution, Set.of(role), Language.EN,
                "hash"), id);
    }

    /** An agreement in force until the last day, drafted by the author's institution. */
    private Agreement inForceUntil(LocalDate last, UserAccount author) {
        AgreementTerms terms = new AgreementTerms(Language.EN, "Work-based learning in hospitality", START, last,
                List.of(new PlacementCommitment("5120", "Cooks", 4)), 2, null, null, null, null, List.of());
        Agreement agreement = new Agreement("Hospitality placements", author,
                List.of(author == director ? company : school), terms,
                List.of(new NamedSigner(partner), new NamedSigner(director)), T0);
        agreement.send(author, T0);
        agreement.signed(partner, false, T0);
        agreement.signed(director, true, T0);
        return agreement;
    }

    private static Instant inTirana(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(TIRANA).toInstant();
    }

    private static LocalDate utcDayAt(Instant moment) {
        return LocalDate.ofInstant(moment, ZoneOffset.UTC);
    }

    @Nested
    class Expiry {

        @Test
        void atHalfPastMidnightAfterTheLastDayInWinterItExpiresWhileTheUtcDayIsStillTheLastDay() {
            Agreement agreement = inForceUntil(WINTER_END, director);
            Instant halfPastMidnight = inTirana(WINTER_END.plusDays(1), 0, 30);
            assertThat(halfPastMidnight).isEqualTo(Instant.parse("2027-01-15T23:30:00Z"));
            assertThat(utcDayAt(halfPastMidnight)).isEqualTo(WINTER_END);

            assertThat(agreement.dayAt(halfPastMidnight)).isEqualTo(WINTER_END.plusDays(1));
            assertThat(agreement.isDueToExpire(halfPastMidnight)).isTrue();
        }

        @Test
        void atHalfPastMidnightAndAtQuarterToTwoAfterTheLastDayInSummerItExpiresWhileTheUtcDayIsStillTheLastDay() {
            Agreement agreement = inForceUntil(SUMMER_END, director);
            for (Instant moment : new Instant[] {inTirana(SUMMER_END.plusDays(1), 0, 30),
                    inTirana(SUMMER_END.plusDays(1), 1, 45)}) {
                assertThat(utcDayAt(moment)).isEqualTo(SUMMER_END);

                assertThat(agreement.isDueToExpire(moment)).as("at %s", moment).isTrue();
            }
        }

        @Test
        void atOneMinuteToMidnightOnTheLastDayItIsStillInForce() {
            Agreement agreement = inForceUntil(WINTER_END, director);

            assertThat(agreement.isDueToExpire(inTirana(WINTER_END, 23, 59))).isFalse();
        }

        @Test
        void theClockOfTheInstitutionThatDraftedItDecidesNotTheOtherPartys() {
            // 23:30 in Tirana on the last day is 00:30 the next day in Helsinki.
            Instant halfPastElevenInTirana = inTirana(WINTER_END, 23, 30);

            assertThat(inForceUntil(WINTER_END, director).isDueToExpire(halfPastElevenInTirana)).isFalse();
            assertThat(inForceUntil(WINTER_END, partner).isDueToExpire(halfPastElevenInTirana)).isTrue();
        }
    }

    @Nested
    class Warning {

        @Test
        void atHalfPastMidnightThirtyDaysBeforeTheEndThePartiesAreWarnedInWinterAndSummer() {
            for (LocalDate last : new LocalDate[] {LocalDate.of(2027, 2, 14), LocalDate.of(2027, 8, 14)}) {
                Agreement agreement = inForceUntil(last, director);
                Instant halfPastMidnight = inTirana(last.minusDays(30), 0, 30);
                assertThat(utcDayAt(halfPastMidnight)).isEqualTo(last.minusDays(31));

                assertThat(agreement.needsExpiryWarning(halfPastMidnight, 30)).as("ending %s", last).isTrue();
            }
        }

        @Test
        void atOneMinuteToMidnightThirtyOneDaysBeforeTheEndNobodyIsWarnedYet() {
            Agreement agreement = inForceUntil(WINTER_END, director);

            assertThat(agreement.needsExpiryWarning(inTirana(WINTER_END.minusDays(31), 23, 59), 30)).isFalse();
        }
    }
}
