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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Servlets;

/**
 * The one authentication mechanism of the platform (Jakarta Security allows one per application):
 * <ul>
 * <li>the login page signs in through {@code SecurityContext.authenticate} with a username and
 * password; the caller is then remembered in the HTTP session. An address whose sign-ins keep failing waits before its
 * next one is verified ({@link SignInFailures}, the same budget as HTTP Basic's), and the page says how long
 * ({@link #SIGN_IN_WAIT});</li>
 * <li>REST clients send HTTP Basic credentials with every request; no session is created for them, and a session
 * that serving such a request made (a page's) ends with it ({@link BasicSessionFilter}). A credential
 * verified lately is remembered for a minute ({@link BasicCredentials}), and an address whose sign-ins keep failing
 * waits before its next one is verified ({@link SignInFailures}: 429). Reading a public path needs no caller, so its
 * Basic credentials are not looked at; a change there (a coordinator's to the research and policy register) still
 * signs in;</li>
 * <li>a protected page without a signed-in caller redirects to the login page, which leads back to it (for a form
 * sent, to the page it was on); a protected API call answers 401 with a JSON problem.</li>
 * </ul>
 * Both ways check the password against {@code AccountIdentityStore}, which counts failures and
 * locks accounts. A request's address, for the budget of failed sign-ins and for the audit log and signatures
 * ({@link RequestOrigin}), is its client's, also behind reverse proxies ({@link TrustedProxies}).
 */
@ApplicationScoped
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /**
     * The request attribute that tells the login page the whole seconds ({@code Long}) its address must wait before a
     * sign-in is verified again; absent when the attempt was verified.
     */
    public static final String SIGN_IN_WAIT = "eu.cginternational.sign-in-wait";

    /** The login page's parameter that tells it the person's session has ended. */
    public static final String SESSION_ENDED = "ended";

    private static final int SC_TOO_MANY_REQUESTS = 429;

    /** The request attribute that marks a request whose caller signed in with HTTP Basic. */
    private static final String BASIC_CALLER = "eu.cginternational.basic-caller";

    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    RequestOrigin origin;

    @Inject
    CallerAccounts callers;

    @Inject
    BasicCredentials basicCredentials;

    @Inject
    SignInFailures failures;

    @Inject
    TrustedProxies proxies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String client = proxies.clientAddressOf(request);
        origin.describe(client, request.getHeader("User-Agent"), VisitorLanguage.of(request));

        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signInWithForm(request, context, credential, client);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && (context.isProtected() || !isReading(request))) {
            return signInWithBasic(request, response, context, authorization.substring(6).trim(), client);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE) instanceof SignedInCaller caller) {
            if (callers.maySessionContinue(caller.username(), caller.roles(), caller.credentialStamp())) {
                return context.notifyContainerAboutLogin(caller.username(), caller.roles());
            }
            // Deactivated, anonymised, given other roles or a new password since signing in: the session ends; they sign
            // in again.
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
        // A Faces ajax request (a button of a page that outlived its session) gets the redirect as a partial response,
        // which the page's script follows: a 302 would be followed by the XMLHttpRequest itself, and nothing shown.
        // OmniFaces writes the address into the partial response's XML as it is given: its "&" must be escaped there.
        String and = Servlets.isFacesAjaxRequest(request) ? "&amp;" : "&";
        Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE + "?continue="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8)
                + (sessionEnded(request) ? and + SESSION_ENDED + "=true" : ""));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Whether the browser came with a session that has ended (a time without activity, signed out in another tab, or
     * ended above): the login page then says so, rather than leave the person wondering why they must sign in again.
     */
    private static boolean sessionEnded(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private AuthenticationStatus signInWithForm(HttpServletRequest request, HttpMessageContext context,
            Credential credential, String address) {
        Optional<Duration> wait = failures.take(address, Instant.now());
        // No error status on the response in either case: the login page renders its own message.
        if (wait.isPresent()) {
            request.setAttribute(SIGN_IN_WAIT, wholeSeconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        failures.giveBack(address);
        // A new session id at sign-in, so that an id planted before sign-in is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SignedInCaller caller = SignedInCaller.of(result);
        request.getSession().setAttribute(SignedInCaller.SESSION_ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }

    private AuthenticationStatus signInWithBasic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String encoded, String address) {
        Optional<UsernamePasswordCredential> credential = decode(encoded);
        if (credential.isEmpty()) {
            return refuse(request, response);
        }
        String username = credential.get().getCaller();
        String password = credential.get().getPasswordAsString();
        Instant now = Instant.now();
        Optional<SignedInCaller> remembered = basicCredentials.find(username, password, now)
                .filter(caller -> callers.maySessionContinue(caller.username(), caller.roles(), caller.credentialStamp()));
        if (remembered.isPresent()) {
            return signedInWithBasic(request, context, remembered.get());
        }
        Optional<Duration> wait = failures.take(address, now);
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wholeSeconds(wait.get())));
            ProblemWriter.write(response, SC_TOO_MANY_REQUESTS, "Too Many Requests",
                    Bundle.text(ProblemWriter.localeOf(request), "api.sign_in_throttled"));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            failures.giveBack(address);
            SignedInCaller caller = SignedInCaller.of(result);
            basicCredentials.remember(username, password, caller, now);
            return signedInWithBasic(request, context, caller);
        }
        return refuse(request, response);
    }

    private static AuthenticationStatus signedInWithBasic(HttpServletRequest request, HttpMessageContext context,
            SignedInCaller caller) {
        request.setAttribute(BASIC_CALLER, Boolean.TRUE);
        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }

    /** Whether the request's caller signed in with HTTP Basic (not through a session). */
    static boolean isBasicCaller(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(BASIC_CALLER));
    }

    /** A wait as a client is told it: in whole seconds, rounded up, at least one. */
    private static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        ProblemWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                Bundle.text(ProblemWriter.localeOf(request), "api.sign_in_failed"));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Optional<UsernamePasswordCredential> decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
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

    /** A request that changes nothing: on a public path it is answered alike to everyone. */
    private static boolean isReading(HttpServletRequest request) {
        return READING_METHODS.contains(request.getMethod());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Where to go after sign-in: the page asked for, or the page a form was sent from rather than its bare address. */
    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String address = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return isReading(request) ? address : FormPage.of(request).orElse(address);
    }
}
