package eu.cginternational.web.security;

import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.config.RequestOrigin;
import eu.cginternational.web.api.ProblemWriter;
import eu.cginternational.web.config.Bundle;
import eu.cginternational.web.config.VisitorLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one authentication mechanism of the platform (Jakarta Security allows one per application):
 * <ul>
 * <li>the login page signs in through {@code SecurityContext.authenticate} with a username and
 * password; the caller is then remembered in the HTTP session;</li>
 * <li>REST clients send HTTP Basic credentials with every request; no session is created for them;</li>
 * <li>a protected page without a signed-in caller redirects to the login page; a protected API
 * call answers 401 with a JSON problem.</li>
 * </ul>
 * Both ways check the password against {@code AccountIdentityStore}, which counts failures and
 * locks accounts.
 */
@ApplicationScoped
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    RequestOrigin origin;

    @Inject
    CallerAccounts callers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        origin.describe(request.getRemoteAddr(), request.getHeader("User-Agent"), VisitorLanguage.of(request));

        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signInWithForm(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return signInWithBasic(request, response, context, authorization.substring(6).trim());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE) instanceof SignedInCaller caller) {
            if (callers.maySessionContinue(caller.username(), caller.roles())) {
                return context.notifyContainerAboutLogin(caller.username(), caller.roles());
            }
            // Deactivated, anonymised or given other roles since signing in: the session ends; they sign in again.
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CG International\", charset=\"UTF-8\"");
            ProblemWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    Bundle.text(ProblemWriter.localeOf(request), "api.unauthorized"));
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }

    private AuthenticationStatus signInWithForm(HttpServletRequest request, HttpMessageContext context,
            Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No error status on the response: the login page renders its own message.
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in, so that an id planted before sign-in is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(SignedInCaller.SESSION_ATTRIBUTE,
                new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus signInWithBasic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String encoded) {
        CredentialValidationResult result = decode(encoded)
                .map(identityStores::validate)
                .orElse(CredentialValidationResult.INVALID_RESULT);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        ProblemWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                Bundle.text(ProblemWriter.localeOf(request), "api.sign_in_failed"));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static java.util.Optional<UsernamePasswordCredential> decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? java.util.Optional.empty()
                    : java.util.Optional.of(new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInCaller.SESSION_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
