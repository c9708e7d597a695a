package eu.cginternational.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountRequestTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true);

    private static Institution institution(InstitutionType type) {
        return new Institution("Institution " + type, type, ALBANIA, "Tiranë", new GeoPoint(41.33, 19.82));
    }

    private static AccountRequest request(Role role, InstitutionType schoolType) {
        return new AccountRequest("arta.hoxha", "arta@example.org", "Arta Hoxha", role, institution(schoolType), Language.SQ);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"TEACHER", "STUDENT"})
    void becomesAnAccountOfItsSchoolWithTheRoleAskedForAndAPasswordNobodyKnows(Role role) {
        AccountRequest request = request(role, InstitutionType.VET_SCHOOL);
        assertThat(request.isTakenBySchool()).isTrue();

        UserAccount account = request.toAccount("unknown-hash");

        assertThat(account.getUsername()).isEqualTo("arta.hoxha");
        assertThat(account.getEmail()).isEqualTo("arta@example.org");
        assertThat(account.getFullName()).isEqualTo("Arta Hoxha");
        assertThat(account.getRoles()).containsExactly(role);
        assertThat(account.getInstitution()).isSameAs(request.getSchool());
        assertThat(account.getLanguage()).isEqualTo(Language.SQ);
        assertThat(account.getPasswordHash()).isEqualTo("unknown-hash");
        assertThat(account.isActive()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "MINISTRY_ADMIN", "SCHOOL_ADMIN", "PARTNER"})
    void nobodyAsksForAnAdministratorsOrAPartnersAccount(Role role) {
        assertThrows(IllegalArgumentException.class, () -> request(role, InstitutionType.VET_SCHOOL));
    }

    @Test
    void aTeacherBelongsToASchoolNotToAMinistry() {
        assertThrows(IllegalArgumentException.class, () -> request(Role.TEACHER, InstitutionType.MINISTRY));
    }

    @Test
    void aSchoolDeactivatedSinceTheRequestWasFiledTakesNoAccount() {
        AccountRequest request = request(Role.STUDENT, InstitutionType.VET_SCHOOL);
        request.getSchool().deactivate();

        AccountRuleException refused = assertThrows(AccountRuleException.class, () -> request.toAccount("unknown-hash"));

        assertThat(request.isTakenBySchool()).isFalse();
        assertThat(refused.getRule()).isEqualTo(AccountRuleException.Rule.SCHOOL_CLOSED);
    }

    @Test
    void aSchoolThatIsNoLongerAVetSchoolTakesNoTeacher() {
        AccountRequest request = request(Role.TEACHER, InstitutionType.VET_SCHOOL);
        Institution school = request.getSchool();
        school.describe(school.getName(), InstitutionType.COMPANY, school.getCountry(), school.getCity(), school.getLocation());

        AccountRuleException refused = assertThrows(AccountRuleException.class, () -> request.toAccount("unknown-hash"));

        assertThat(request.isTakenBySchool()).isFalse();
        assertThat(refused.getRule()).isEqualTo(AccountRuleException.Rule.SCHOOL_CLOSED);
    }
}
