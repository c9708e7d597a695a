package eu.cginternational.domain.grant;

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
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityType;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class GrantRequestTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true);
    private static final Country FINLAND = new Country("FI", CountryGroup.GROUP_1, true, false);

    private final Institution school = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Tirana", new GeoPoint(41.3275, 19.8187)), 1L);
    private final Institution host = withId(new Institution("OEP", InstitutionType.PROJECT_PARTNER, FINLAND, "Espoo",
            new GeoPoint(60.2055, 24.6559)), 2L);

    private UserAccount person(Role role) {
        return withId(new UserAccount("someone", "someone@example.org", "Some One", school, EnumSet.of(role),
                Language.SQ, "hash"), 3L);
    }

    @Test
    void aMobilityGivesItsYearDistanceGroupKindDaysAndFlags() {
        UserAccount teacher = person(Role.TEACHER);
        Mobility mobility = new Mobility(teacher, MobilityType.STAFF_JOB_SHADOWING, school, host,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 10), teacher);
        mobility.planSupport(true, true);

        GrantRequest request = GrantRequest.of(mobility);

        assertThat(request).isEqualTo(new GrantRequest(2027, GreatCircle.wholeKilometres(school.getLocation(),
                host.getLocation()), CountryGroup.GROUP_1, ParticipantKind.STAFF, 10, true, true));
        assertThat(request.distanceKm()).isBetween(2000, 2999);
    }

    @Test
    void aPlaceWithoutCoordinatesLeavesTheDistanceUnknown() {
        Institution unplaced = withId(new Institution("Host without a map point", InstitutionType.COMPANY, FINLAND,
                "Espoo", null), 4L);
        UserAccount student = person(Role.STUDENT);
        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, school, unplaced,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14), student);

        GrantRequest request = GrantRequest.of(mobility);

        assertThat(request.distanceKm()).isNull();
        assertThat(request.kind()).isEqualTo(ParticipantKind.LEARNER);
        assertThat(request.greenTravel()).isFalse();
        assertThat(request.inclusionSupport()).isFalse();
    }

    @Test
    void daysAndDistancesMustMakeSense() {
        assertThrows(IllegalArgumentException.class,
                () -> new GrantRequest(2027, 100, CountryGroup.GROUP_1, ParticipantKind.STAFF, 0, false, false));
        assertThrows(IllegalArgumentException.class,
                () -> new GrantRequest(2027, -1, CountryGroup.GROUP_1, ParticipantKind.STAFF, 2, false, false));
    }

    @Test
    void learnerTypesAreForLearnersAndTheOthersForStaff() {
        for (MobilityType type : MobilityType.values()) {
            assertThat(ParticipantKind.of(type)).isEqualTo(type.isForLearners() ? ParticipantKind.LEARNER : ParticipantKind.STAFF);
        }
    }
}
