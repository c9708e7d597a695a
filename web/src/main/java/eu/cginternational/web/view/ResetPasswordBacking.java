package eu.cginternational.web.view;

import eu.cginternational.domain.account.PasswordPolicy;
import eu.cginternational.service.account.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
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

    @Size(max = 100)
    private String token;

    @NotBlank(message = "{account.password.new_required}")
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String newPassword;

    @NotBlank(message = "{account.password.new_required}")
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String repeatedPassword;

    public void reset() {
        if (!newPassword.equals(repeatedPassword)) {
            Messages.addGlobalError("account.password.mismatch");
            return;
        }
        accounts.resetPassword(token, newPassword.toCharArray());
        Messages.addFlashGlobalInfo("reset.done");
        Faces.redirect("login.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
