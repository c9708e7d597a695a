package eu.cginternational.domain.mobility;

import static eu.cginternational.domain.PersistedAs.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A mobility's day is the day at its sending school, on its country's clock: in Pljevlja the first day begins at
 * midnight there, an hour (two in summer) before the UTC day does.
 */
class MobilityDayTest {

    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true,
            ZoneId.of("Europe/Podgorica"));
    private static final Country SPAIN = new Country("ES", CountryGroup.GROUP_2, true, false, ZoneId.of("Europe/Madrid"));

    /** 21 days in winter, 16 January to 5 February 2026. */
    private static final LocalDate WINTER_START = LocalDate.of(2026, 1, 16);
    /** 21 days in summer, 16 July to 5 August 2026. */
    private static final LocalDate SUMMER_START = LocalDate.of(2026, 7, 16);
    private static final Instant DECIDED = Instant.parse("2025-12-01T09:00:00Z");

    private final Institution school = withId(new Institution("SVS-Pljevlja", InstitutionType.VET_SCHOOL, MONTENEGRO,
            "Pljevlja", new GeoPoint(43.36, 19.36)), 10L);
    private final Institution ministry = withId(new Institution("Ministarstvo prosvjete", InstitutionType.MINISTRY,
            MONTENEGRO, "Podgorica", new GeoPoint(42.44, 19.26)), 11L);
    private final Institution host = withId(new Institution("Hotel Mar Barcelona", InstitutionType.COMPANY, SPAIN,
            "Barcelona", new GeoPoint(41.39, 2.17)), 12L);

    private final UserAccount student = account(1L, "ana.kovac", school, Role.STUDENT);
    private final UserAccount teacher = account(2L, "marko.petrovic", school, Role.TEACHER);
    private final UserAccount schoolAdmin = account(3L, "ivan.radovic", school, Role.SCHOOL_ADMIN);
    private final UserAccount ministryAdmin = account(4L, "mila.lekic", ministry, Role.MINISTRY_ADMIN);

    private static UserAccount account(long id, String username, Institution institution, Role role) {
        return withId(new UserAccount(username, username + "@example.org", "Name of " + username, institution,
                EnumSet.of(role), Language.CNR, "hash-" + id), id);
    }

    /** A learner mobility of 21 days from the first day, approved by the school and the ministry. */
    private Mobility approved(LocalDate first) {
        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, school, host, first,
                first.plusDays(20), teacher);
        mobility.act(MobilityAction.SUBMIT, teacher, null, DECIDED);
        mobility.act(MobilityAction.APPROVE, schoolAdmin, null, DECIDED.plusSeconds(3600));
        mobility.act(MobilityAction.APPROVE, ministryAdmin, null, DECIDED.plusSeconds(7200));
        return mobility;
    }

    /** The moment the clock in Pljevlja shows the time on the day. */
    private static Instant inPljevlja(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(MONTENEGRO.timeZone()).toInstant();
    }

    private static LocalDate utcDayAt(Instant moment) {
        return LocalDate.ofInstant(moment, ZoneOffset.UTC);
    }

    @Nested
    class TheFirstDay {

        @Test
        void atHalfPastMidnightInWinterTheMobilityStartsWhileTheUtcDayIsStillTheDayBefore() {
            Instant halfPastMidnight = inPljevlja(WINTER_START, 0, 30);
            assertThat(halfPastMidnight).isEqualTo(Instant.parse("2026-01-15T23:30:00Z"));
            assertThat(utcDayAt(halfPastMidnight)).isEqualTo(WINTER_START.minusDays(1));
            Mobility mobility = approved(WINTER_START);

            assertThat(mobility.dayAt(halfPastMidnight)).isEqualTo(WINTER_START);
            assertThat(mobility.isDueToStart(halfPastMidnight)).isTrue();
            mobility.act(MobilityAction.START, schoolAdmin, null, halfPastMidnight);
            assertThat(mobility.getStatus()).isEqualTo(MobilityStatus.IN_PROGRESS);
        }

        @Test
        void atHalfPastMidnightAndAtQuarterToTwoInSummerTheMobilityStartsWhileTheUtcDayIsStillTheDayBefore() {
            for (Instant moment : new Instant[] {inPljevlja(SUMMER_START, 0, 30), inPljevlja(SUMMER_START, 1, 45)}) {
                assertThat(utcDayAt(moment)).isEqualTo(SUMMER_START.minusDays(1));
                Mobility mobility = approved(SUMMER_START);

                assertThat(mobility.isDueToStart(moment)).as("at %s", moment).isTrue();
                mobility.startOn(mobility.dayAt(moment), moment);
                assertThat(mobility.getStatus()).isEqualTo(MobilityStatus.IN_PROGRESS);
            }
        }

        @Test
        void atOneMinuteToMidnightTheDayBeforeTheMobilityWaitsThoughTheUtcDayIsTheSame() {
            Instant lastMinute = inPljevlja(WINTER_START.minusDays(1), 23, 59);
            assertThat(utcDayAt(lastMinute)).isEqualTo(WINTER_START.minusDays(1));
            Mobility mobility = approved(WINTER_START);

            assertThat(mobility.isDueToStart(lastMinute)).isFalse();
            MobilityRuleException refused = assertThrows(MobilityRuleException.class,
                    () -> mobility.act(MobilityAction.START, schoolAdmin, null, lastMinute));
            assertThat(refused.getRule()).isEqualTo(MobilityRuleException.Rule.NOT_STARTED_YET);
            assertThat(mobility.getStatus()).isEqualTo(MobilityStatus.MINISTRY_APPROVED);
        }

        @Test
        void aFoundCandidateLaterThanItsSchoolsDayIsNotStarted() {
            // 00:30 in Helsinki, where the timer's latest day has begun: still 23:30 the day before in Pljevlja.
            Instant helsinkiAfterMidnight = WINTER_START.atTime(0, 30).atZone(ZoneId.of("Europe/Helsinki")).toInstant();

            assertThat(approved(WINTER_START).isDueToStart(helsinkiAfterMidnight)).isFalse();
        }

        @Test
        void onlyAnApprovedMobilityIsDueToStart() {
            Mobility draft = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, school, host, WINTER_START,
                    WINTER_START.plusDays(20), teacher);

            assertThat(draft.isDueToStart(inPljevlja(WINTER_START, 12, 0))).isFalse();
        }
    }

    @Nested
    class TheLastDay {

        private Mobility inProgress(LocalDate first) {
            Mobility mobility = approved(first);
            mobility.act(MobilityAction.START, schoolAdmin, null, inPljevlja(first, 9, 0));
            return mobility;
        }

        @Test
        void theReportIsHandedInAtHalfPastMidnightOnTheLastDayWhileTheUtcDayIsStillTheDayBefore() {
            Mobility winter = inProgress(WINTER_START);
            LocalDate last = winter.getEndDate();
            Instant halfPastMidnight = inPljevlja(last, 0, 30);
            assertThat(utcDayAt(halfPastMidnight)).isEqualTo(last.minusDays(1));

            winter.report("Three weeks in the kitchen.", halfPastMidnight);

            assertThat(winter.getReportSubmittedAt()).isEqualTo(halfPastMidnight);
        }

        @Test
        void theReportWaitsForTheLastDayAtOneMinuteToMidnightTheDayBefore() {
            Mobility summer = inProgress(SUMMER_START);
            Instant lastMinute = inPljevlja(summer.getEndDate().minusDays(1), 23, 59);

            MobilityRuleException refused = assertThrows(MobilityRuleException.class,
                    () -> summer.report("Too early", lastMinute));
            assertThat(refused.getRule()).isEqualTo(MobilityRuleException.Rule.NOT_ENDED_YET);
        }

        @Test
        void theParticipantIsRemindedFromHalfPastMidnightAfterTheLastDayInWinterAndSummer() {
            for (LocalDate first : new LocalDate[] {WINTER_START, SUMMER_START}) {
                Mobility mobility = inProgress(first);
                LocalDate dayAfter = mobility.getEndDate().plusDays(1);
                Instant halfPastMidnight = inPljevlja(dayAfter, 0, 30);
                assertThat(utcDayAt(halfPastMidnight)).isEqualTo(mobility.getEndDate());

                assertThat(mobility.needsReportReminder(halfPastMidnight)).as("after %s", first).isTrue();
            }
        }

        @Test
        void theParticipantIsNotRemindedAtOneMinuteToMidnightOnTheLastDay() {
            Mobility mobility = inProgress(WINTER_START);

            assertThat(mobility.needsReportReminder(inPljevlja(mobility.getEndDate(), 23, 59))).isFalse();
        }
    }
}
