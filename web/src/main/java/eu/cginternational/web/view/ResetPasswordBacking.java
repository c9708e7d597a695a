package eu.cginternational.web.view;

import eu.cginternational.service.account.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /reset-password.xhtml?token=...}: sets a new password with the token of an e-mailed link. */
@Named
@RequestScoped
@ReportsRefusals
public class ResetPasswordBacking {

    @Inject
    AccountService accounts;

    @Size(max = 100, message = "{text.too_long}")
    private String token;

    private final NewPassword newPassword = new NewPassword();

    public void reset() {
        if (!newPassword.confirmed()) {
            return;
        }
        accounts.resetPassword(token, newPassword.chars());
        Messages.addFlashGlobalInfo("reset.done");
        Faces.redirect("login.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
