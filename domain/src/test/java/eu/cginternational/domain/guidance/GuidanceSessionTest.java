package eu.cginternational.domain.guidance;

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
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuidanceSessionTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true, ZoneId.of("Europe/Tirane"));

    private final Institution school = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Tiranë", new GeoPoint(41.33, 19.82)), 10L);
    private final UserAccount student = account(1L, "klea.shehu", Role.STUDENT);
    private final UserAccount counsellor = account(2L, "arta.hoxha", Role.TEACHER);

    private UserAccount account(long id, String username, Role role) {
        return withId(new UserAccount(username, username + "@example.org", "Name of " + username, school,
                EnumSet.of(role), Language.SQ, "hash-" + id), id);
    }

    private GuidanceSession heldOn(LocalDate day) {
        return new GuidanceSession(student, counsellor, day, "CV", null, false);
    }

    /** Whether a session held on the day may be recorded at the moment, by the day at the school then. */
    private boolean recordableAt(Instant moment, LocalDate heldOn) {
        return heldOn(heldOn).isHeldBy(school.dayAt(moment));
    }

    @Nested
    class HeldByTheSchoolsToday {

        @Test
        void justAfterMidnightInTiranaInWinterTheLocalDayIsTodayWhileUtcIsStillAtYesterday() {
            Instant halfPastMidnight = Instant.parse("2026-01-15T23:30:00Z"); // 00:30 CET on 16 January
            assertThat(LocalDate.ofInstant(halfPastMidnight, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 1, 15));

            assertThat(school.dayAt(halfPastMidnight)).isEqualTo(LocalDate.of(2026, 1, 16));
            assertThat(recordableAt(halfPastMidnight, LocalDate.of(2026, 1, 16))).isTrue();
            assertThat(recordableAt(halfPastMidnight, LocalDate.of(2026, 1, 17))).isFalse();
        }

        @Test
        void justAfterMidnightInTiranaInSummerTheLocalDayIsTodayWhileUtcIsStillAtYesterday() {
            Instant halfPastMidnight = Instant.parse("2026-07-15T22:30:00Z"); // 00:30 CEST on 16 July
            Instant quarterToTwo = Instant.parse("2026-07-15T23:45:00Z"); // 01:45 CEST, still 15 July in UTC
            assertThat(LocalDate.ofInstant(quarterToTwo, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 7, 15));

            for (Instant moment : new Instant[] {halfPastMidnight, quarterToTwo}) {
                assertThat(school.dayAt(moment)).isEqualTo(LocalDate.of(2026, 7, 16));
                assertThat(recordableAt(moment, LocalDate.of(2026, 7, 16))).isTrue();
                assertThat(recordableAt(moment, LocalDate.of(2026, 7, 17))).isFalse();
            }
        }

        @Test
        void justBeforeMidnightInTiranaTheNextDayIsStillAhead() {
            Instant lastMinute = Instant.parse("2026-01-15T22:59:00Z"); // 23:59 CET on 15 January

            assertThat(recordableAt(lastMinute, LocalDate.of(2026, 1, 15))).isTrue();
            assertThat(recordableAt(lastMinute, LocalDate.of(2026, 1, 16))).isFalse();
        }

        @Test
        void aSessionOfAnEarlierDayIsRecordedAfterwards() {
            assertThat(recordableAt(Instant.parse("2026-01-15T23:30:00Z"), LocalDate.of(2025, 12, 1))).isTrue();
        }

        @Test
        void aSessionWithoutADateIsLeftToItsConstraintRatherThanTakenForOneAhead() {
            assertThat(heldOn(null).isHeldBy(LocalDate.of(2026, 1, 16))).isTrue();
        }

        @Test
        void noConstraintJudgesTheDateByTheServersClock() throws NoSuchFieldException {
            // Bean Validation reads "now" on the validating server's clock (UTC), which is not the school's day.
            Annotation[] onHeldOn = GuidanceSession.class.getDeclaredField("heldOn").getAnnotations();
            assertThat(Stream.of(onHeldOn).map(Annotation::annotationType))
                    .doesNotContain(PastOrPresent.class, Past.class, FutureOrPresent.class, Future.class);
        }
    }
}
