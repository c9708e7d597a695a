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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The occupation a placement trains for: an ISCO-08 unit group or none, named only while the application is editable. */
class MobilityOccupationTest {

    private final Institution school = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            new Country("AL", CountryGroup.REGION_1, false, true), "Tirana", new GeoPoint(41.3275, 19.8187)), 1L);
    private final Institution host = withId(new Institution("Costa Azul Hoteles", InstitutionType.COMPANY,
            new Country("ES", CountryGroup.GROUP_2, true, false), "Valencia", new GeoPoint(39.4699, -0.3763)), 2L);
    private final UserAccount student = account(3L, "student", Role.STUDENT);
    private final UserAccount teacher = account(4L, "teacher", Role.TEACHER);

    private UserAccount account(long id, String name, Role role) {
        return withId(new UserAccount(name, name + "@example.org", name, school, EnumSet.of(role), Language.SQ, "hash"), id);
    }

    private Mobility draft() {
        return new Mobility(student, MobilityType.LEARNER_SHORT_TERM, school, host, LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 23), student);
    }

    @Nested
    class WhileEditable {

        @Test
        void aNewApplicationNamesNoOccupation() {
            assertThat(draft().getIscoCode()).isNull();
        }

        @Test
        void theApplicantNamesTheOccupationAndMayTakeItBack() {
            Mobility mobility = draft();

            mobility.trainFor("5120");
            assertThat(mobility.getIscoCode()).isEqualTo("5120");

            mobility.trainFor(null);
            assertThat(mobility.getIscoCode()).isNull();
        }

        @Test
        void aReturnedApplicationMayChangeIt() {
            Mobility mobility = draft();
            mobility.act(MobilityAction.SUBMIT, teacher, null, Instant.parse("2027-01-10T10:00:00Z"));
            mobility.act(MobilityAction.RETURN, account(5L, "school", Role.SCHOOL_ADMIN), "Which occupation?",
                    Instant.parse("2027-01-11T10:00:00Z"));

            mobility.trainFor("5131");

            assertThat(mobility.getIscoCode()).isEqualTo("5131");
        }

        @ParameterizedTest
        @ValueSource(strings = {"512", "51200", "51a0", "", " 5120"})
        void aTextThatIsNoUnitGroupIsRefused(String code) {
            Mobility mobility = draft();

            assertThrows(IllegalArgumentException.class, () -> mobility.trainFor(code));
            assertThat(mobility.getIscoCode()).isNull();
        }
    }

    @Test
    void aSubmittedApplicationKeepsItsOccupation() {
        Mobility mobility = draft();
        mobility.trainFor("5120");
        mobility.act(MobilityAction.SUBMIT, teacher, null, Instant.parse("2027-01-10T10:00:00Z"));

        MobilityRuleException e = assertThrows(MobilityRuleException.class, () -> mobility.trainFor("7223"));

        assertThat(e.getRule()).isEqualTo(MobilityRuleException.Rule.NOT_EDITABLE);
        assertThat(mobility.getIscoCode()).isEqualTo("5120");
    }
}
