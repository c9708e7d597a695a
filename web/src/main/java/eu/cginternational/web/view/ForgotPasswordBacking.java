package eu.cginternational.web.view;

import eu.cginternational.service.account.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;

/**
 * {@code /forgot-password.xhtml}: asks for a reset link. The answer is the same whether or not an
 * account exists, so the form tells nobody who has one.
 */
@Named
@RequestScoped
@ReportsRefusals
public class ForgotPasswordBacking {

    @Inject
    AccountService accounts;

    @Size(max = 254, message = "{text.too_long}")
    private String identifier;

    public void send() {
        accounts.requestPasswordReset(identifier);
        identifier = null;
        Messages.addGlobalInfo("forgot.sent");
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }
}
