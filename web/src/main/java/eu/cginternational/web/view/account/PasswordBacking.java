package eu.cginternational.web.view.account;

import eu.cginternational.domain.account.PasswordPolicy;
import eu.cginternational.service.account.AccountService;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;

/** {@code /account/password.xhtml}: the signed-in person changes their password. */
@Named
@RequestScoped
@ReportsRefusals
public class PasswordBacking {

    @Inject
    AccountService accounts;

    @NotBlank(message = "{account.password.current_required}")
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String currentPassword;

    @NotBlank(message = "{account.password.new_required}")
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String newPassword;

    @NotBlank(message = "{account.password.new_required}")
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String repeatedPassword;

    public void change() {
        if (!newPassword.equals(repeatedPassword)) {
            Messages.addGlobalError("account.password.mismatch");
            return;
        }
        accounts.changePassword(currentPassword.toCharArray(), newPassword.toCharArray());
        Messages.addFlashGlobalInfo("account.password.changed");
        org.omnifaces.util.Faces.redirect("account/password.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
