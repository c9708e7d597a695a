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
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Green travel and inclusion support: what the applicant plans for the grant, only while the application is editable. */
class MobilitySupportTest {

    private final Institution school = withId(new Institution("SVS-Pljevlja", InstitutionType.VET_SCHOOL,
            new Country("ME", CountryGroup.REGION_1, false, true), "Pljevlja", new GeoPoint(43.3567, 19.3584)), 1L);
    private final Institution host = withId(new Institution("CINOP", InstitutionType.PROJECT_PARTNER,
            new Country("NL", CountryGroup.GROUP_2, true, false), "'s-Hertogenbosch", new GeoPoint(51.6978, 5.3037)), 2L);
    private final UserAccount student = account(3L, "student", Role.STUDENT);
    private final UserAccount teacher = account(4L, "teacher", Role.TEACHER);

    private UserAccount account(long id, String name, Role role) {
        return withId(new UserAccount(name, name + "@example.org", name, school, EnumSet.of(role), Language.CNR, "hash"), id);
    }

    private Mobility draft() {
        return new Mobility(student, MobilityType.LEARNER_SHORT_TERM, school, host, LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 23), student);
    }

    @Test
    void aNewApplicationAsksForNeither() {
        Mobility mobility = draft();

        assertThat(mobility.isGreenTravel()).isFalse();
        assertThat(mobility.isInclusionSupport()).isFalse();
    }

    @Test
    void theApplicantPlansGreenTravelAndInclusionSupport() {
        Mobility mobility = draft();

        mobility.planSupport(true, true);
        assertThat(mobility.isGreenTravel()).isTrue();
        assertThat(mobility.isInclusionSupport()).isTrue();

        mobility.planSupport(false, true);
        assertThat(mobility.isGreenTravel()).isFalse();
    }

    @Test
    void aSubmittedApplicationKeepsWhatItAskedFor() {
        Mobility mobility = draft();
        mobility.planSupport(true, false);
        mobility.act(MobilityAction.SUBMIT, teacher, null, Instant.parse("2027-01-10T10:00:00Z"));

        MobilityRuleException e = assertThrows(MobilityRuleException.class, () -> mobility.planSupport(false, true));

        assertThat(e.getRule()).isEqualTo(MobilityRuleException.Rule.NOT_EDITABLE);
        assertThat(mobility.isGreenTravel()).isTrue();
        assertThat(mobility.isInclusionSupport()).isFalse();
    }
}
