package eu.cginternational.web.view.account;

import eu.cginternational.domain.account.PasswordPolicy;
import eu.cginternational.service.account.AccountService;
import eu.cginternational.web.security.SignedInCaller;
import eu.cginternational.web.view.NewPassword;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /account/password.xhtml}: the signed-in person changes their password. */
@Named
@RequestScoped
@ReportsRefusals
public class PasswordBacking {

    @Inject
    AccountService accounts;

    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{text.too_long}")
    private String currentPassword;

    private final NewPassword newPassword = new NewPassword();

    public void change() {
        if (!newPassword.confirmed()) {
            return;
        }
        int credentialStamp = accounts.changePassword(currentPassword.toCharArray(), newPassword.chars());
        SignedInCaller.keepAfterPasswordChange(Faces.getRequest(), credentialStamp);
        Messages.addFlashGlobalInfo("account.password.changed");
        Faces.redirect("account/password.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
