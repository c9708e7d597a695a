package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The login form spends the budget of failed sign-ins of its client address, the same one as HTTP Basic: once it is
 * empty, the page says how long to wait and no password is verified, so random credentials sent to the form cannot keep
 * the server verifying PBKDF2 hashes either.
 */
class FormSignInIT {

    @Test
    void anAddressWhoseFormSignInsKeepFailingIsToldToWaitAndNoPasswordIsVerifiedByFormOrBasic() {
        OwnAddress address = OwnAddress.any();
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        String viewState = Pages.viewState(Pages.get("/login.xhtml", null).body());
        // One after another, under load, some failures come back meanwhile: it goes on until one is refused.
        OwnAddress.Answer refused = null;
        for (int i = 0; i < 40 && (refused == null || !refused.saysToWait()); i++) {
            refused = address.signInWithForm("nobody.form", "guess-" + i, viewState);
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.saysToWait() || refused.body().contains(text("", "login.failed"))).as(refused.body()).isTrue();
        }
        OwnAddress.Answer rightPassword = address.signInWithForm(username, password, viewState);
        OwnAddress.Answer basic = address.me(username, password);

        assertThat(refused.saysToWait()).as("told to wait: " + refused.body()).isTrue();
        assertThat(rightPassword.saysToWait()).as("no password is verified meanwhile").isTrue();
        assertThat(rightPassword.head()).as("nor a session begun").doesNotContain("JSESSIONID");
        assertThat(basic.status()).as("HTTP Basic spends the same budget").isEqualTo(429);
        assertThat(Pages.sessionOf(username, password)).as("other addresses sign in").isNotBlank();
    }
}
