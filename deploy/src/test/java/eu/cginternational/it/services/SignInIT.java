package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.account.AccountIdentityStore;
import eu.cginternational.service.account.PasswordChangeFailures;
import eu.cginternational.service.account.Passwords;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.admin.UserDraft;
import eu.cginternational.service.signing.SigningPasswords;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in against the database: password hashing, the identity store, lockout and its audit trail. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String SCHOOL = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    Passwords passwords;

    @EJB
    TestData data;

    @EJB
    UserAdministration users;

    @EJB
    AsCoordinator coordinator;

    @EJB
    PasswordChangeFailures passwordChangeFailures;

    @EJB
    SigningPasswords signingPasswords;

    @Test
    void passwordsAreHashedWithPbkdf2HmacSha256AtLeast600000TimesWithTheirOwnSalt() {
        String first = passwords.hash("correct horse battery staple".toCharArray());
        String second = passwords.hash("correct horse battery staple".toCharArray());

        assertThat(first).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(second).isNotEqualTo(first);
        assertThat(passwords.matches("correct horse battery staple".toCharArray(), first)).isTrue();
        assertThat(passwords.matches("correct horse battery stapler".toCharArray(), first)).isFalse();
    }

    @Test
    void rightPasswordSignsInWithTheAccountsRoles() {
        UserAccount teacher = data.newAccount(Role.TEACHER, SCHOOL);

        CredentialValidationResult result = signIn(teacher.getUsername(), TestData.PASSWORD);

        assertThat(result.getStatus()).isEqualTo(Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo(teacher.getUsername());
        assertThat(result.getCallerGroups()).containsExactly("TEACHER");
        assertThat(data.auditEvents(AuditEventType.LOGIN_SUCCEEDED, teacher.getUsername())).isEqualTo(1);
        assertThat(data.account(teacher.getUsername()).getLastLoginAt()).isNotNull();
    }

    @Test
    void wrongPasswordIsRefusedCountedAndAudited() {
        UserAccount student = data.newAccount(Role.STUDENT, SCHOOL);

        CredentialValidationResult result = signIn(student.getUsername(), "not-the-password-at-all");

        assertThat(result.getStatus()).isEqualTo(Status.INVALID);
        assertThat(data.account(student.getUsername()).getFailedLogins()).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.LOGIN_FAILED, student.getUsername())).isEqualTo(1);
    }

    @Test
    void unknownUsernameIsRefusedAndAudited() {
        String nobody = TestData.unique("nobody");

        assertThat(signIn(nobody, TestData.PASSWORD).getStatus()).isEqualTo(Status.INVALID);
        assertThat(data.auditEvents(AuditEventType.LOGIN_FAILED, nobody)).isEqualTo(1);
    }

    @Test
    void deactivatedAccountCannotSignInEvenWithTheRightPassword() {
        UserAccount teacher = data.newAccount(Role.TEACHER, SCHOOL);
        data.deactivate(teacher.getUsername());

        assertThat(signIn(teacher.getUsername(), TestData.PASSWORD).getStatus()).isEqualTo(Status.INVALID);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() {
        UserAccount teacher = data.newAccount(Role.TEACHER, SCHOOL);
        Instant before = Instant.now();

        IntStream.range(0, 5).forEach(i -> signIn(teacher.getUsername(), "wrong-password-" + i));

        assertThat(signIn(teacher.getUsername(), TestData.PASSWORD).getStatus()).isEqualTo(Status.INVALID);
        UserAccount locked = data.account(teacher.getUsername());
        assertThat(locked.getLockedUntil()).isBetween(before.plus(Duration.ofMinutes(15)),
                Instant.now().plus(Duration.ofMinutes(15)));
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_LOCKED, teacher.getUsername())).isEqualTo(1);
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        UserAccount partner = data.newAccount(Role.PARTNER, "Uniser");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Status>> guesses = IntStream.range(0, 12)
                    .<Callable<Status>>mapToObj(i -> () -> signIn(partner.getUsername(), "guess-number-" + i).getStatus())
                    .toList();
            for (Future<Status> guess : pool.invokeAll(guesses)) {
                assertThat(guess.get()).isEqualTo(Status.INVALID);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(data.account(partner.getUsername()).getFailedLogins()).isEqualTo(5);
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_LOCKED, partner.getUsername())).isEqualTo(1);
        assertThat(signIn(partner.getUsername(), TestData.PASSWORD).getStatus()).isEqualTo(Status.INVALID);
    }

    /*
     * Up to the lockout: the lock is the guesser's doing, not an edit of the account, and the coordinator's edit does not
     * touch it. Were the version moved by it, five guesses would still block the edit; the coordinator learns of the lock
     * from the audit log and from the account read again.
     */
    @Test
    void failedSignInsAndTheLockoutTheyStartLeaveTheVersionACoordinatorsEditNames() throws Exception {
        UserAccount teacher = data.newAccount(Role.TEACHER, SCHOOL);
        UserDraft read = UserDraft.of(data.account(teacher.getUsername()));

        IntStream.range(0, UserAccount.MAX_FAILED_LOGINS).forEach(i -> signIn(teacher.getUsername(), "wrong-password-" + i));
        read.setFullName("Edited While Guessed At");
        UserAccount edited = coordinator.call(() -> users.update(teacher.getId(), read));

        assertThat(edited.getFullName()).isEqualTo("Edited While Guessed At");
        UserAccount after = data.account(teacher.getUsername());
        assertThat(after.getFailedLogins()).isEqualTo(UserAccount.MAX_FAILED_LOGINS);
        assertThat(after.isLockedAt(Instant.now())).as("the edit leaves the lockout as it is").isTrue();
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_LOCKED, teacher.getUsername())).isEqualTo(1);
    }

    /** A wrong password on the signing page or when changing one's password counts as a failed sign-in does, no more. */
    @Test
    void wrongPasswordsGivenToSignOrToChangeItLeaveTheVersionACoordinatorsEditNames() throws Exception {
        UserAccount teacher = data.newAccount(Role.TEACHER, SCHOOL);
        UserDraft read = UserDraft.of(data.account(teacher.getUsername()));

        signingPasswords.recordFailure(teacher.getId(), 0);
        passwordChangeFailures.recordFailure(teacher.getId());
        read.setFullName("Edited While Mistyped");
        UserAccount edited = coordinator.call(() -> users.update(teacher.getId(), read));

        assertThat(edited.getFullName()).isEqualTo("Edited While Mistyped");
        assertThat(data.account(teacher.getUsername()).getFailedLogins()).isEqualTo(2);
    }

    private CredentialValidationResult signIn(String username, String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, password));
    }
}
