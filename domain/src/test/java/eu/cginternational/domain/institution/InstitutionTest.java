package eu.cginternational.domain.institution;

import static org.assertj.core.api.Assertions.assertThat;

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
    }
}
