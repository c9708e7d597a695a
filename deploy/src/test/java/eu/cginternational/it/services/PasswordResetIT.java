package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.account.AccountIdentityStore;
import eu.cginternational.service.account.AccountService;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.RejectedException;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Resetting a forgotten password with a one-time link that goes out through the outbox. */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    AccountService accounts;

    @Inject
    AccountIdentityStore identityStore;

    @EJB
    TestData data;

    @Test
    void theMailedTokenSetsANewPasswordOnceAndOnlyOnce() throws Exception {
        UserAccount teacher = data.newAccount(Role.TEACHER, "SVS-Pljevlja");
        String token = resetTokenMailedTo(teacher, teacher.getUsername());

        accounts.resetPassword(token, "a brand new passphrase".toCharArray());

        assertThat(status(teacher.getUsername(), "a brand new passphrase")).isEqualTo(Status.VALID);
        assertThat(status(teacher.getUsername(), TestData.PASSWORD)).isEqualTo(Status.INVALID);
        assertThat(data.auditEvents(AuditEventType.PASSWORD_RESET, teacher.getUsername())).isEqualTo(1);
        assertThrows(RejectedException.class, () -> accounts.resetPassword(token, "yet another passphrase".toCharArray()));
    }

    @Test
    void aNewerLinkRetiresTheOlderOne() throws Exception {
        UserAccount student = data.newAccount(Role.STUDENT, "SVS-Pljevlja");
        String older = resetTokenMailedTo(student, student.getEmail());
        accounts.requestPasswordReset(student.getUsername());
        Eventually.until("the second link", () -> data.outboxMessagesTo(student.getEmail()) == 2);

        assertThrows(RejectedException.class, () -> accounts.resetPassword(older, "a brand new passphrase".toCharArray()));
        assertThat(data.outboxMessagesTo(student.getEmail())).isEqualTo(2);
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheTokenStaysUsable() throws Exception {
        UserAccount teacher = data.newAccount(Role.TEACHER, "SVS-Pljevlja");
        String token = resetTokenMailedTo(teacher, teacher.getUsername());

        InvalidInputException tooShort = assertThrows(InvalidInputException.class,
                () -> accounts.resetPassword(token, "short".toCharArray()));
        InvalidInputException tooCommon = assertThrows(InvalidInputException.class,
                () -> accounts.resetPassword(token, "1qaz2wsx3edc".toCharArray()));
        accounts.resetPassword(token, "a brand new passphrase".toCharArray());

        assertThat(tooShort.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("newPassword");
        assertThat(tooCommon.getProblems().get(0).message()).isNotBlank();
        assertThat(status(teacher.getUsername(), "a brand new passphrase")).isEqualTo(Status.VALID);
    }

    @Test
    void anUnknownAddressGetsNoMailAndTheSameAnswer() throws Exception {
        String nobody = TestData.unique("nobody") + "@nowhere.example";

        accounts.requestPasswordReset(nobody);
        Eventually.until("the request recorded", () -> data.auditEvents(AuditEventType.PASSWORD_RESET_REQUESTED, nobody) > 0);

        assertThat(data.outboxMessagesTo(nobody)).isZero();
        assertThat(data.auditEvents(AuditEventType.PASSWORD_RESET_REQUESTED, nobody)).isEqualTo(1);
    }

    @Test
    void anAccountGetsAtMostThreeLinksAnHourHoweverOftenItIsAskedFor() throws Exception {
        UserAccount student = data.newAccount(Role.STUDENT, "SVS-Pljevlja");
        data.resetToken(student.getUsername(), Instant.now().minus(Duration.ofMinutes(61)), Duration.ofHours(1), null);

        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(student.getEmail());
        }
        Eventually.until("the five requests recorded",
                () -> data.auditEvents(AuditEventType.PASSWORD_RESET_REQUESTED, student.getUsername()) == 5);

        assertThat(data.outboxMessagesTo(student.getEmail())).isEqualTo(3);
        assertThat(data.resetTokensOf(student.getUsername())).hasSize(4);
        // recorded under the account's username, which an anonymisation finds, rather than the address typed
        assertThat(data.auditEvents(AuditEventType.PASSWORD_RESET_REQUESTED, student.getUsername())).isEqualTo(5);
    }

    /**
     * Whether the name is an account's, and the link, are settled after the answer: the request does the same work
     * for everyone, so its time tells nobody who is registered. Here the account's row is held while the request is
     * made, and the request still returns, without a link; the link follows once the row is free.
     */
    @Test
    void theRequestIssuesNoLinkItselfTheLinkFollowsItsAnswer() throws Exception {
        UserAccount student = data.newAccount(Role.STUDENT, "SVS-Pljevlja");

        List<Long> linksDuringTheRequest = data.whileLocked(student.getUsername(), () -> {
            accounts.requestPasswordReset(student.getUsername());
            return data.resetTokensOf(student.getUsername());
        });

        assertThat(linksDuringTheRequest).isEmpty();
        Eventually.until("the link after the answer", () -> data.resetTokensOf(student.getUsername()).size() == 1);
        assertThat(data.outboxMessagesTo(student.getEmail())).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.PASSWORD_RESET_REQUESTED, student.getUsername())).isEqualTo(1);
    }

    @Test
    void aMadeUpTokenIsRefused() {
        assertThrows(RejectedException.class, () -> accounts.resetPassword("made-up-token", "a brand new passphrase".toCharArray()));
    }

    private Status status(String username, String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, password)).getStatus();
    }

    /** Asks for a reset link by the name given, as its owner would, and takes the token from the e-mail that follows. */
    private String resetTokenMailedTo(UserAccount owner, String usernameOrEmail) throws Exception {
        String mailBody = data.mailedLater(owner.getEmail(), () -> accounts.requestPasswordReset(usernameOrEmail)).body();
        Matcher matcher = TOKEN.matcher(mailBody);
        assertThat(matcher.find()).as("a reset link in: %s", mailBody).isTrue();
        return matcher.group(1);
    }
}
