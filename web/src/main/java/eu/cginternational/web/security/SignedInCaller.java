package eu.cginternational.web.security;

import eu.cginternational.service.account.AccountPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in, remembered so that later requests are recognised without the password: in the HTTP session after the
 * login form, and for a short time after an API client's HTTP Basic sign-in ({@link BasicCredentials}). It holds while
 * {@code CallerAccounts.maySessionContinue} says so: the account active, with these roles and this credential stamp.
 */
public record SignedInCaller(String username, Set<String> roles, int credentialStamp) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();

    public SignedInCaller {
        roles = Set.copyOf(roles);
    }

    /** The caller of a valid sign-in; AccountIdentityStore, the only identity store, names them with their stamp. */
    static SignedInCaller of(CredentialValidationResult result) {
        AccountPrincipal account = (AccountPrincipal) result.getCallerPrincipal();
        return new SignedInCaller(account.getName(), result.getCallerGroups(), account.getCredentialStamp());
    }

    /**
     * Keeps the person signed in whose request has just changed their password, while the account's other sessions end:
     * their session takes the new credential stamp, and a new id, as whoever knew the old one must not follow them.
     * Nothing to do for an API client with HTTP Basic, which has no session and gives the new password from now on.
     */
    public static void keepAfterPasswordChange(HttpServletRequest request, int credentialStamp) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof SignedInCaller caller) {
            session.setAttribute(SESSION_ATTRIBUTE, new SignedInCaller(caller.username(), caller.roles(), credentialStamp));
            request.changeSessionId();
        }
    }
}
