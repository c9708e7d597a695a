package eu.cginternational.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.PersistedAs;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true);

    private static Institution institution(InstitutionType type) {
        return new Institution("Institution " + type, type, MONTENEGRO, "Podgorica", new GeoPoint(42.44, 19.26));
    }

    private static UserAccount account(InstitutionType institutionType, Role... roles) {
        return new UserAccount("ana.kovac", "ana@example.org", "Ana Kovač", institution(institutionType),
                EnumSet.of(roles[0], roles), Language.CNR, "hash-1");
    }

    private static UserAccount teacher() {
        return account(InstitutionType.VET_SCHOOL, Role.TEACHER);
    }

    private static void failTimes(UserAccount account, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at);
        }
    }

    @Test
    void anActiveAccountAwaitsItsFirstSignInUntilItIsSignedInTo() {
        UserAccount fresh = teacher();
        UserAccount signedIn = teacher();
        signedIn.recordSuccessfulLogin(NOW);
        UserAccount deactivated = teacher();
        deactivated.deactivate();

        assertThat(fresh.isAwaitingFirstSignIn()).isTrue();
        assertThat(signedIn.isAwaitingFirstSignIn()).isFalse();
        assertThat(deactivated.isAwaitingFirstSignIn()).as("no link goes to a deactivated account").isFalse();
    }

    @Nested
    class Lockout {

        @Test
        void locksAfterFiveFailuresForFifteenMinutes() {
            UserAccount account = teacher();

            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);

            assertThat(UserAccount.MAX_FAILED_LOGINS).isEqualTo(5);
            assertThat(UserAccount.LOCKOUT).isEqualTo(Duration.ofMinutes(15));
            assertThat(account.isLockedAt(NOW)).isTrue();
            assertThat(account.getLockedUntil()).isEqualTo(NOW.plus(UserAccount.LOCKOUT));
        }

        @Test
        void fewerThanFiveFailuresDoNotLock() {
            UserAccount account = teacher();

            failTimes(account, UserAccount.MAX_FAILED_LOGINS - 1, NOW);

            assertThat(account.isLockedAt(NOW)).isFalse();
            assertThat(account.getFailedLogins()).isEqualTo(UserAccount.MAX_FAILED_LOGINS - 1);
            assertThat(account.maySignInAt(NOW)).isTrue();
        }

        @Test
        void onlyTheFailureThatLocksReportsTheLock() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS - 1, NOW);

            assertThat(account.recordFailedLogin(NOW)).isTrue();
            assertThat(account.recordFailedLogin(NOW.plusSeconds(1))).isFalse();
        }

        @Test
        void failuresDuringTheLockDoNotExtendIt() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);

            account.recordFailedLogin(NOW.plus(Duration.ofMinutes(10)));

            assertThat(account.getLockedUntil()).isEqualTo(NOW.plus(UserAccount.LOCKOUT));
        }

        @Test
        void lockedAccountCannotSignInUntilTheLockRunsOut() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);
            Instant lockEnds = NOW.plus(UserAccount.LOCKOUT);

            assertThat(account.maySignInAt(NOW)).isFalse();
            assertThat(account.maySignInAt(lockEnds.minusMillis(1))).isFalse();
            assertThat(account.maySignInAt(lockEnds)).isTrue();
        }

        @Test
        void lockThatRanOutStartsAFreshCount() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);
            Instant afterLock = NOW.plus(UserAccount.LOCKOUT);

            boolean locked = account.recordFailedLogin(afterLock);

            assertThat(locked).isFalse();
            assertThat(account.getFailedLogins()).isEqualTo(1);
            assertThat(account.getLockedUntil()).isNull();
            assertThat(account.maySignInAt(afterLock)).isTrue();
        }

        @Test
        void freshCountAfterALockLocksAgainAfterFiveFailures() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);
            Instant afterLock = NOW.plus(UserAccount.LOCKOUT).plusSeconds(1);

            failTimes(account, UserAccount.MAX_FAILED_LOGINS, afterLock);

            assertThat(account.isLockedAt(afterLock)).isTrue();
            assertThat(account.getLockedUntil()).isEqualTo(afterLock.plus(UserAccount.LOCKOUT));
        }

        @Test
        void successfulLoginResetsTheCount() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS - 1, NOW);

            account.recordSuccessfulLogin(NOW.plusSeconds(5));
            account.recordFailedLogin(NOW.plusSeconds(10));

            assertThat(account.getFailedLogins()).isEqualTo(1);
            assertThat(account.isLockedAt(NOW.plusSeconds(10))).isFalse();
            assertThat(account.getLastLoginAt()).isEqualTo(NOW.plusSeconds(5));
        }

        @Test
        void changingThePasswordClearsTheLockout() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);
            Instant changedAt = NOW.plusSeconds(60);

            account.changePasswordHash("hash-2", changedAt);

            assertThat(account.maySignInAt(changedAt)).isTrue();
            assertThat(account.getFailedLogins()).isZero();
            assertThat(account.getLockedUntil()).isNull();
            assertThat(account.getPasswordHash()).isEqualTo("hash-2");
            assertThat(account.getPasswordChangedAt()).isEqualTo(changedAt);
        }

        @Test
        void everyPasswordChangeGivesTheAccountANewCredentialStamp() {
            UserAccount account = teacher();
            int first = account.getCredentialStamp();

            account.changePasswordHash("hash-2", NOW);
            int second = account.getCredentialStamp();
            account.changePasswordHash("hash-3", NOW);

            assertThat(second).isNotEqualTo(first);
            assertThat(account.getCredentialStamp()).isNotIn(first, second);
        }

        @Test
        void unlockLiftsTheLockAtOnce() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);

            account.unlock();

            assertThat(account.maySignInAt(NOW)).isTrue();
            assertThat(account.getFailedLogins()).isZero();
        }

        @Test
        void aLockThatRanOutIsStillLifted() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW.minus(UserAccount.LOCKOUT).minusSeconds(1));

            account.unlock();

            assertThat(account.getLockedUntil()).isNull();
            assertThat(account.getFailedLogins()).isZero();
        }

        @Test
        void anAccountHoldingNoLockIsNotUnlockedAgain() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);
            account.unlock();

            AccountRuleException refused = assertThrows(AccountRuleException.class, account::unlock);

            assertThat(refused.getRule()).isEqualTo(AccountRuleException.Rule.NOT_LOCKED);
        }
    }

    @Nested
    class Activation {

        @Test
        void newAccountIsActiveAndMaySignIn() {
            UserAccount account = teacher();

            assertThat(account.isActive()).isTrue();
            assertThat(account.maySignInAt(NOW)).isTrue();
        }

        @Test
        void deactivatedAccountCannotSignIn() {
            UserAccount account = teacher();

            account.deactivate();

            assertThat(account.maySignInAt(NOW)).isFalse();
        }

        @Test
        void reactivatedAccountMaySignInAgain() {
            UserAccount account = teacher();
            account.deactivate();

            account.activate();

            assertThat(account.maySignInAt(NOW)).isTrue();
        }

        @Test
        void anInactiveAccountIsNotDeactivatedAgain() {
            UserAccount account = teacher();
            account.deactivate();

            AccountRuleException refused = assertThrows(AccountRuleException.class, account::deactivate);

            assertThat(refused.getRule()).isEqualTo(AccountRuleException.Rule.ALREADY_INACTIVE);
            assertThat(account.isActive()).isFalse();
        }

        @Test
        void anActiveAccountIsNotActivatedAgain() {
            UserAccount account = teacher();

            AccountRuleException refused = assertThrows(AccountRuleException.class, account::activate);

            assertThat(refused.getRule()).isEqualTo(AccountRuleException.Rule.ALREADY_ACTIVE);
            assertThat(account.isActive()).isTrue();
        }

        @Test
        void deactivatedAccountStaysBarredWhenItsLockRunsOut() {
            UserAccount account = teacher();
            failTimes(account, UserAccount.MAX_FAILED_LOGINS, NOW);
            account.deactivate();

            assertThat(account.maySignInAt(NOW.plus(UserAccount.LOCKOUT))).isFalse();
        }
    }

    @Nested
    class RolesAndInstitution {

        @Test
        void studentAtACompanyDoesNotFit() {
            UserAccount account = account(InstitutionType.COMPANY, Role.STUDENT);

            assertThat(account.rolesNotFittingInstitution()).isEqualTo(Set.of(Role.STUDENT));
        }

        /** Deactivated accounts do not hold back an institution's change of type; their roles are set anew first. */
        @Test
        void anAccountIsNotActivatedWithRolesItsInstitutionNoLongerAllows() {
            Institution school = institution(InstitutionType.VET_SCHOOL);
            UserAccount account = new UserAccount("ana.kovac", "ana@example.org", "Ana Kovač", school,
                    EnumSet.of(Role.TEACHER), Language.CNR, "hash-1");
            account.deactivate();
            school.describe(school.getName(), InstitutionType.COMPANY, MONTENEGRO, "Podgorica", new GeoPoint(42.44, 19.26));

            AccountRuleException refused = assertThrows(AccountRuleException.class, account::activate);

            assertThat(refused.getRule()).isEqualTo(AccountRuleException.Rule.ROLES_NOT_FITTING);
            assertThat(account.isActive()).isFalse();
        }

        @Test
        void teacherAtAVetSchoolFits() {
            UserAccount account = account(InstitutionType.VET_SCHOOL, Role.TEACHER);

            assertThat(account.rolesNotFittingInstitution()).isEmpty();
        }

        @Test
        void onlyTheMisfittingRolesAreReported() {
            UserAccount account = account(InstitutionType.PROJECT_PARTNER, Role.COORDINATOR, Role.PARTNER,
                    Role.TEACHER);

            assertThat(account.rolesNotFittingInstitution()).isEqualTo(Set.of(Role.TEACHER));
        }

        @Test
        void accountWithoutInstitutionHasNoMisfits() {
            UserAccount account = teacher();
            account.describe("ana@example.org", "Ana Kovač", null, Set.of(Role.STUDENT), Language.EN);

            assertThat(account.rolesNotFittingInstitution()).isEmpty();
        }

        @Test
        void describeCopiesTheRoles() {
            UserAccount account = teacher();
            Set<Role> roles = new HashSet<>(Set.of(Role.TEACHER));

            account.describe("ana@example.org", "Ana Kovač", institution(InstitutionType.VET_SCHOOL), roles,
                    Language.SQ);
            roles.add(Role.SCHOOL_ADMIN);

            assertThat(account.getRoles()).isEqualTo(Set.of(Role.TEACHER));
        }

        @Test
        void constructorCopiesTheRoles() {
            Set<Role> roles = EnumSet.of(Role.TEACHER);
            UserAccount account = new UserAccount("ana.kovac", "ana@example.org", "Ana Kovač",
                    institution(InstitutionType.VET_SCHOOL), roles, Language.EN, "hash-1");

            roles.add(Role.STUDENT);

            assertThat(account.getRoles()).isEqualTo(Set.of(Role.TEACHER));
        }

        @Test
        void describeWithNoRolesLeavesNone() {
            UserAccount account = teacher();

            account.describe("ana@example.org", "Ana Kovač", institution(InstitutionType.VET_SCHOOL), null,
                    Language.EN);

            assertThat(account.getRoles()).isEmpty();
        }

        @Test
        void rolesCannotBeChangedThroughTheGetter() {
            UserAccount account = teacher();

            assertThrows(UnsupportedOperationException.class, () -> account.getRoles().add(Role.COORDINATOR));
            assertThat(account.hasRole(Role.COORDINATOR)).isFalse();
        }

        @Test
        void hasRoleTellsWhichRolesAreHeld() {
            UserAccount account = account(InstitutionType.VET_SCHOOL, Role.TEACHER, Role.SCHOOL_ADMIN);

            assertThat(account.hasRole(Role.SCHOOL_ADMIN)).isTrue();
            assertThat(account.hasRole(Role.STUDENT)).isFalse();
        }
    }

    @Nested
    class LanguageChoice {

        @Test
        void switchLanguageChangesTheLanguage() {
            UserAccount account = teacher();

            account.switchLanguage(Language.SQ);

            assertThat(account.getLanguage()).isEqualTo(Language.SQ);
        }
    }

    @Nested
    class Anonymisation {

        private UserAccount deactivatedTeacher() {
            UserAccount account = PersistedAs.withId(teacher(), 42);
            account.recordSuccessfulLogin(NOW.minus(Duration.ofDays(3)));
            failTimes(account, 2, NOW.minus(Duration.ofDays(1)));
            account.deactivate();
            return account;
        }

        @Test
        void replacesWhatNamesThePersonWithAPseudonymOfTheNumber() {
            UserAccount account = deactivatedTeacher();

            int stampBefore = account.getCredentialStamp();

            String username = account.anonymise(NOW, "unknown-hash");

            assertThat(username).isEqualTo("anonymised-42").isEqualTo(account.getUsername());
            assertThat(account.getFullName()).isEqualTo("Anonymised 42");
            assertThat(account.getEmail()).isEqualTo("anonymised-42@anonymised.invalid");
            assertThat(account.getPasswordHash()).isEqualTo("unknown-hash");
            assertThat(account.getLastLoginAt()).isNull();
            assertThat(account.getPasswordChangedAt()).isNull();
            assertThat(account.getCredentialStamp()).as("a session from before ends").isNotEqualTo(stampBefore);
            assertThat(account.getFailedLogins()).isZero();
            assertThat(account.getAnonymisedAt()).isEqualTo(NOW);
            assertThat(account.isAnonymised()).isTrue();
            assertThat(account.isActive()).isFalse();
        }

        @Test
        void keepsTheRolesInstitutionAndLanguageSoThatTheRecordsStillCount() {
            UserAccount account = deactivatedTeacher();
            Institution institution = account.getInstitution();

            account.anonymise(NOW, "unknown-hash");

            assertThat(account.getRoles()).containsExactly(Role.TEACHER);
            assertThat(account.getInstitution()).isSameAs(institution);
            assertThat(account.getLanguage()).isEqualTo(Language.CNR);
        }

        @Test
        void anActiveAccountIsNotAnonymised() {
            UserAccount account = PersistedAs.withId(teacher(), 42);

            AccountRuleException refused = assertThrows(AccountRuleException.class,
                    () -> account.anonymise(NOW, "unknown-hash"));

            assertThat(refused.getRule()).isEqualTo(AccountRuleException.Rule.STILL_ACTIVE);
            assertThat(account.getUsername()).isEqualTo("ana.kovac");
            assertThat(account.isAnonymised()).isFalse();
        }

        @Test
        void anAnonymisedAccountIsNeitherAnonymisedAgainNorActivatedNorDescribed() {
            UserAccount account = deactivatedTeacher();
            account.anonymise(NOW, "unknown-hash");

            assertThat(assertThrows(AccountRuleException.class, () -> account.anonymise(NOW, "other")).getRule())
                    .isEqualTo(AccountRuleException.Rule.ANONYMISED);
            assertThat(assertThrows(AccountRuleException.class, account::activate).getRule())
                    .isEqualTo(AccountRuleException.Rule.ANONYMISED);
            assertThat(assertThrows(AccountRuleException.class, () -> account.describe("ana@example.org", "Ana Kovač",
                    account.getInstitution(), Set.of(Role.TEACHER), Language.CNR)).getRule())
                    .isEqualTo(AccountRuleException.Rule.ANONYMISED);
            assertThat(account.isActive()).isFalse();
            assertThat(account.getFullName()).isEqualTo("Anonymised 42");
        }

        @Test
        void theUsernamesOfAnonymisedAccountsAreReserved() {
            assertThat("anonymised-7").doesNotMatch(UserAccount.UNRESERVED_USERNAME);
            assertThat("ana.anonymised-7").matches(UserAccount.UNRESERVED_USERNAME);
            assertThat("anonymous").matches(UserAccount.UNRESERVED_USERNAME);
        }
    }
}
