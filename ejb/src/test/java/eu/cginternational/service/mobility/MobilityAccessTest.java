package eu.cginternational.service.mobility;

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
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who may do what with a mobility: here, who may submit or discard a draft and who may withdraw an application. */
class MobilityAccessTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true, ZoneId.of("Europe/Tirane"));
    private static final Country SPAIN = new Country("ES", CountryGroup.GROUP_2, true, false);
    private static final Instant T0 = Instant.parse("2027-01-04T08:00:00Z");

    private final Institution kpt = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Tirana", new GeoPoint(41.33, 19.82)), 1L);
    private final Institution durres = withId(new Institution("Shkolla Profesionale Durrës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Durrës", new GeoPoint(41.32, 19.44)), 2L);
    private final Institution host = withId(new Institution("Costa Azul Hoteles S.L.", InstitutionType.COMPANY, SPAIN,
            "Valencia", new GeoPoint(39.47, -0.38)), 3L);

    private final UserAccount student = person(10L, kpt, Role.STUDENT);
    private final UserAccount teacher = person(11L, kpt, Role.TEACHER);
    private final UserAccount colleague = person(12L, kpt, Role.TEACHER);
    private final UserAccount schoolAdmin = person(13L, kpt, Role.SCHOOL_ADMIN);
    private final UserAccount otherSchoolsAdmin = person(14L, durres, Role.SCHOOL_ADMIN);

    private static UserAccount person(long id, Institution institution, Role role) {
        return withId(new UserAccount("user" + id, "user" + id + "@example.org", "Person " + id, institution,
                EnumSet.of(role), Language.SQ, "hash"), id);
    }

    /** A draft of the student's whose first day is still ahead, whenever the test runs. */
    private Mobility draftedBy(UserAccount creator) {
        return startingOn(today().plusMonths(5), creator);
    }

    /** The day at the sending school now, the mobility's day. */
    private LocalDate today() {
        return kpt.dayAt(Instant.now());
    }

    private Mobility startingOn(LocalDate firstDay, UserAccount creator) {
        return new Mobility(student, MobilityType.LEARNER_SHORT_TERM, kpt, host, firstDay, firstDay.plusDays(20), creator);
    }

    private static boolean mayDiscard(UserAccount caller, Mobility mobility) {
        return MobilityAccess.mayTake(caller, mobility, MobilityAction.WITHDRAW);
    }

    @Nested
    class ADraftNobodySubmitted {

        @Test
        void theTeacherWhoDraftedItMayDiscardItAndIsOfferedTo() {
            Mobility draft = draftedBy(teacher);

            assertThat(mayDiscard(teacher, draft)).isTrue();
            assertThat(MobilityAccess.actionsFor(teacher, draft))
                    .containsExactlyInAnyOrder(MobilityAction.SUBMIT, MobilityAction.WITHDRAW);
        }

        @Test
        void aColleagueOfTheSameSchoolWhoDidNotDraftItMayNot() {
            Mobility draft = draftedBy(teacher);

            assertThat(mayDiscard(colleague, draft)).isFalse();
            assertThat(MobilityAccess.actionsFor(colleague, draft)).containsExactly(MobilityAction.SUBMIT);
        }

        @Test
        void noSubmissionIsOfferedOnceTheFirstDayHasPassedButDiscardingStillIs() {
            Mobility late = startingOn(today().minusDays(1), teacher);
            Mobility onItsFirstDay = startingOn(today(), teacher);

            assertThat(MobilityAccess.actionsFor(teacher, late)).containsExactly(MobilityAction.WITHDRAW);
            assertThat(MobilityAccess.actionsFor(colleague, late)).isEmpty();
            assertThat(MobilityAccess.actionsFor(teacher, onItsFirstDay))
                    .containsExactlyInAnyOrder(MobilityAction.SUBMIT, MobilityAction.WITHDRAW);
        }

        @Test
        void aTeacherMayNotDiscardAStudentsOwnDraft() {
            Mobility own = draftedBy(student);

            assertThat(mayDiscard(teacher, own)).isFalse();
            assertThat(mayDiscard(student, own)).isTrue();
        }

        @Test
        void whoeverDraftedItMayNotOnceTheyAreNoLongerOfTheSchool() {
            Mobility draft = draftedBy(teacher);
            UserAccount movedToDurres = person(teacher.getId(), durres, Role.TEACHER);

            assertThat(movedToDurres).isEqualTo(teacher);
            assertThat(mayDiscard(movedToDurres, draft)).isFalse();
        }

        @Test
        void whoeverDraftedItMayNotOnceTheyAreNoLongerStaff() {
            Mobility draft = draftedBy(teacher);
            UserAccount nowOnlyALearner = person(teacher.getId(), kpt, Role.STUDENT);

            assertThat(mayDiscard(nowOnlyALearner, draft)).isFalse();
        }

        @Test
        void theSchoolsAdministratorsStillDiscardAnyDraftOfTheirSchoolAndOnlyThey() {
            assertThat(mayDiscard(schoolAdmin, draftedBy(teacher))).isTrue();
            assertThat(mayDiscard(schoolAdmin, draftedBy(student))).isTrue();
            assertThat(mayDiscard(otherSchoolsAdmin, draftedBy(teacher))).isFalse();
        }
    }

    @Nested
    class AfterTheSubmission {

        @Test
        void theTeacherWhoDraftedItNoLongerDiscardsWhatTheStudentSubmitted() {
            Mobility mobility = draftedBy(teacher);
            mobility.act(MobilityAction.SUBMIT, student, null, T0);

            assertThat(mobility.getStatus()).isEqualTo(MobilityStatus.SUBMITTED);
            assertThat(mayDiscard(teacher, mobility)).isFalse();
            assertThat(mayDiscard(student, mobility)).isTrue();
        }

        @Test
        void theTeacherWhoDraftedAndSubmittedItWithdrawsAsTheApplicant() {
            Mobility mobility = draftedBy(teacher);
            mobility.act(MobilityAction.SUBMIT, teacher, null, T0);

            assertThat(mayDiscard(teacher, mobility)).isTrue();
            assertThat(mayDiscard(colleague, mobility)).isFalse();
        }

        @Test
        void aReturnedApplicationIsNoDraftOfWhoeverDraftedIt() {
            Mobility mobility = draftedBy(teacher);
            mobility.act(MobilityAction.SUBMIT, student, null, T0);
            mobility.act(MobilityAction.RETURN, schoolAdmin, "Add the mentor", T0.plusSeconds(3600));

            assertThat(mayDiscard(teacher, mobility)).isFalse();
            assertThat(mayDiscard(schoolAdmin, mobility)).isFalse();
        }
    }
}
