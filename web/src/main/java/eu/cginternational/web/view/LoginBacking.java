package eu.cginternational.web.view;

import eu.cginternational.web.security.PlatformAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The login form. After sign-in the person goes back to the page that sent them here, when it is a
 * page of this site, or else to the landing page of their role.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    ActiveUser activeUser;

    @Size(max = 254, message = "{text.too_long}")
    private String username;

    @Size(max = 1024, message = "{text.too_long}")
    private String password;

    private String continueTo;

    private boolean sessionEnded;

    /** Sends someone who is already signed in to where they were going. */
    public void skipIfSignedIn() throws IOException {
        if (activeUser.isSignedIn()) {
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + target());
        }
    }

    public void signIn() throws IOException {
        AuthenticationStatus status = security.authenticate(Faces.getRequest(), Faces.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS && security.getCallerPrincipal() != null) {
            activeUser.reset();
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + target());
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            Faces.responseComplete();
        } else if (Faces.getRequestAttribute(PlatformAuthenticationMechanism.SIGN_IN_WAIT) instanceof Long seconds) {
            Messages.addGlobalError("login.throttled", seconds);
        } else {
            Messages.addGlobalError("login.failed");
        }
    }

    private String target() {
        // Only a path on this site: no scheme, no host, no protocol-relative //other.site.
        boolean local = continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")
                && !continueTo.contains("\\") && !continueTo.startsWith("/login.xhtml");
        return local ? continueTo : activeUser.getHome();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Whether the person comes here because their session ended ({@link PlatformAuthenticationMechanism#SESSION_ENDED}). */
    public boolean isSessionEnded() {
        return sessionEnded;
    }

    public void setSessionEnded(boolean sessionEnded) {
        this.sessionEnded = sessionEnded;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
