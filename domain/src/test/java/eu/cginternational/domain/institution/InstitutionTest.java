package eu.cginternational.domain.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InstitutionTest {

    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true);
    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true);

    private static Institution school() {
        return new Institution("SSŠ Podgorica", InstitutionType.VET_SCHOOL, MONTENEGRO, "Podgorica",
                new GeoPoint(42.44, 19.26));
    }

    @Nested
    class Description {

        @Test
        void describeReplacesWhatAndWhereTheInstitutionIs() {
            Institution institution = school();
            GeoPoint tirana = new GeoPoint(41.33, 19.82);

            institution.describe("Partner Tirana", InstitutionType.COMPANY, ALBANIA, "Tirana", tirana);

            assertThat(institution.getName()).isEqualTo("Partner Tirana");
            assertThat(institution.getType()).isEqualTo(InstitutionType.COMPANY);
            assertThat(institution.getCountry()).isEqualTo(ALBANIA);
            assertThat(institution.getCountryCode()).isEqualTo("AL");
            assertThat(institution.getCity()).isEqualTo("Tirana");
            assertThat(institution.getLocation()).isEqualTo(tirana);
        }

        @Test
        void countryCodeIsTheCountrysFromTheStart() {
            assertThat(school().getCountryCode()).isEqualTo("ME");
        }

        @Test
        void isInItsOwnCountryOnly() {
            Institution institution = school();

            assertThat(institution.isIn(new Country("ME", CountryGroup.REGION_1, false, true))).isTrue();
            assertThat(institution.isIn(ALBANIA)).isFalse();
            assertThat(institution.isIn(null)).isFalse();
        }
    }

    @Nested
    class Activation {

        @Test
        void newInstitutionIsActive() {
            assertThat(school().isActive()).isTrue();
        }

        @Test
        void deactivatedInstitutionIsInactiveUntilActivated() {
            Institution institution = school();

            institution.deactivate();
            assertThat(institution.isActive()).isFalse();

            institution.activate();
            assertThat(institution.isActive()).isTrue();
        }

        @Test
        void anActiveInstitutionIsNotActivatedAgainNorAnInactiveOneDeactivatedAgain() {
            Institution institution = school();

            InstitutionRuleException activated = assertThrows(InstitutionRuleException.class, institution::activate);
            institution.deactivate();
            InstitutionRuleException deactivated = assertThrows(InstitutionRuleException.class, institution::deactivate);

            assertThat(activated.getRule()).isEqualTo(InstitutionRuleException.Rule.ALREADY_ACTIVE);
            assertThat(deactivated.getRule()).isEqualTo(InstitutionRuleException.Rule.ALREADY_INACTIVE);
            assertThat(institution.isActive()).isFalse();
        }
    }

    @Nested
    class Today {

        @Test
        void theDayAtTheInstitutionIsTheDayOnItsCountrysClock() {
            Country montenegro = new Country("ME", CountryGroup.REGION_1, false, true, ZoneId.of("Europe/Podgorica"));
            Institution institution = new Institution("SVS-Pljevlja", InstitutionType.VET_SCHOOL, montenegro, "Pljevlja",
                    new GeoPoint(43.36, 19.36));

            assertThat(institution.dayAt(Instant.parse("2026-03-01T22:59:00Z"))).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(institution.dayAt(Instant.parse("2026-03-01T23:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(institution.dayAt(Instant.parse("2026-06-01T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 6, 2));
        }

        @Test
        void aCountryGivenNoClockKeepsUtc() {
            assertThat(school().dayAt(Instant.parse("2026-03-01T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 3, 1));
        }
    }
}
