package eu.cginternational.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.institution.InstitutionType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleTest {

    private static Set<InstitutionType> typesFitting(Role role) {
        return Arrays.stream(InstitutionType.values())
                .filter(role::fits)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InstitutionType.class)));
    }

    @Nested
    class WhichInstitutionsARoleFits {

        @Test
        void coordinatorsWorkForProjectPartnersOnly() {
            assertThat(typesFitting(Role.COORDINATOR)).isEqualTo(EnumSet.of(InstitutionType.PROJECT_PARTNER));
        }

        @Test
        void ministryAdminsWorkForMinistriesAndNationalAgencies() {
            assertThat(typesFitting(Role.MINISTRY_ADMIN))
                    .isEqualTo(EnumSet.of(InstitutionType.MINISTRY, InstitutionType.NATIONAL_AGENCY));
        }

        @Test
        void schoolAdminsWorkForVetSchoolsOnly() {
            assertThat(typesFitting(Role.SCHOOL_ADMIN)).isEqualTo(EnumSet.of(InstitutionType.VET_SCHOOL));
        }

        @Test
        void teachersWorkForVetSchoolsOnly() {
            assertThat(typesFitting(Role.TEACHER)).isEqualTo(EnumSet.of(InstitutionType.VET_SCHOOL));
        }

        @Test
        void studentsBelongToVetSchoolsOnly() {
            assertThat(typesFitting(Role.STUDENT)).isEqualTo(EnumSet.of(InstitutionType.VET_SCHOOL));
        }

        @Test
        void partnersWorkForCompaniesAndProjectPartners() {
            assertThat(typesFitting(Role.PARTNER))
                    .isEqualTo(EnumSet.of(InstitutionType.COMPANY, InstitutionType.PROJECT_PARTNER));
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void noRoleFitsAnInstitutionOfUnknownType(Role role) {
            assertThat(role.fits(null)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(InstitutionType.class)
        void everyInstitutionTypeHasAtLeastOneRole(InstitutionType type) {
            assertThat(Arrays.stream(Role.values()).anyMatch(role -> role.fits(type))).isTrue();
        }
    }

    @Nested
    class Names {

        @ParameterizedTest
        @EnumSource(Role.class)
        void everyRoleHasANameConstantEqualToItsName(Role role) throws ReflectiveOperationException {
            Object constant = Role.Names.class.getField(role.name()).get(null);

            assertThat(constant).isEqualTo(role.name());
        }
    }
}
