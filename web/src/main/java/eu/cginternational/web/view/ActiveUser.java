package eu.cginternational.web.view;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.service.account.AccountService;
import eu.cginternational.web.config.Dates;
import eu.cginternational.web.config.HostCookies;
import eu.cginternational.web.config.VisitorLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * The person using the page: who they are, what they may see and in which language. For someone
 * signed in it reads their account, kept with their session ({@link SignedInAccount}); a visitor's
 * language comes from a cookie or from the browser, so that the pages before sign-in open no
 * session: a client that drops cookies cannot make the server keep one per request.
 */
@Named
@RequestScoped
public class ActiveUser {

    /** A year, as a preference is kept. */
    private static final int LANGUAGE_COOKIE_AGE = (int) Duration.ofDays(365).toSeconds();

    /** The order in which a person with several roles is sent to a landing page. */
    private static final List<Role> LANDING_ORDER = List.of(Role.COORDINATOR, Role.MINISTRY_ADMIN,
            Role.SCHOOL_ADMIN, Role.TEACHER, Role.PARTNER, Role.STUDENT);

    @Inject
    AccountService accounts;

    @Inject
    SignedInAccount account;

    private Language visitorLanguage;

    public boolean isSignedIn() {
        return caller() != null;
    }

    /**
     * Whether the signed-in person has the role. Read from the account as it was at sign-in, like the
     * server's own role checks (a role given or taken later counts from the next sign-in); asking the
     * server instead costs a security check per call, and the header asks a dozen times per page.
     */
    public boolean is(Role role) {
        return getHasRole().containsKey(role.name());
    }

    /**
     * The same for views, by the role's name: {@code #{activeUser.hasRole.COORDINATOR}} (null, so false,
     * for a role the person does not have). A map rather than a method with an argument: the expression
     * language looks such a method up by reflection on every call, and the header asks a dozen times.
     */
    public Map<String, Boolean> getHasRole() {
        return signedIn().map(SignedInAccount::rolesByName).orElse(Map.of());
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Language getLanguage() {
        return signedIn().map(SignedInAccount::language).orElseGet(this::visitorLanguage);
    }

    /**
     * The clock on which the person reads moments: their country's (the country of their institution), UTC for a
     * visitor, of whose whereabouts nothing is known.
     */
    public ZoneId getTimeZone() {
        return signedIn().map(SignedInAccount::timeZone).orElse(Dates.UTC);
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /**
     * Switches the language of the page, and of the account when signed in, then shows the page again.
     * The cookie keeps it for the pages before the next sign-in.
     */
    public void switchLanguage(Language chosen) throws IOException {
        Optional<SignedInAccount> signedIn = signedIn();
        if (signedIn.isPresent()) {
            accounts.switchLanguage(chosen);
            signedIn.get().setLanguage(chosen);
        }
        keepVisitorLanguage(chosen);
        Faces.refreshWithQueryString();
    }

    /** The landing page of the caller's main role. */
    public String getHome() {
        Set<Role> roles = signedIn().map(SignedInAccount::roles).orElse(Set.of());
        return LANDING_ORDER.stream().filter(roles::contains).findFirst()
                .map(ActiveUser::landingPage)
                .orElse("/login.xhtml");
    }

    /** Sends a visitor of the site's root to their landing page or to the login page. */
    public void goHome() throws IOException {
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + (isSignedIn() ? getHome() : "/login.xhtml"));
    }

    /** Ends the session; the login page that follows keeps the language. */
    public void signOut() throws IOException, jakarta.servlet.ServletException {
        Language kept = getLanguage();
        if (isSignedIn()) {
            accounts.signOut();
        }
        Faces.getRequest().logout();
        Faces.invalidateSession();
        keepVisitorLanguage(kept);
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/login.xhtml");
    }

    /** Forgets what was loaded, so that the next access reads the account signed in now. */
    public void reset() {
        account.forget();
    }

    public String getFullName() {
        return signedIn().map(SignedInAccount::fullName).orElse(null);
    }

    public String getInstitutionName() {
        return signedIn().map(SignedInAccount::institutionName).orElse(null);
    }

    public String getCountryCode() {
        return signedIn().map(SignedInAccount::countryCode).orElse(null);
    }

    static String landingPage(Role role) {
        return switch (role) {
            case COORDINATOR -> "/coordinator/index.xhtml";
            case MINISTRY_ADMIN -> "/ministry/index.xhtml";
            case SCHOOL_ADMIN -> "/school/index.xhtml";
            case TEACHER -> "/teacher/index.xhtml";
            case STUDENT -> "/student/index.xhtml";
            case PARTNER -> "/partner/index.xhtml";
        };
    }

    /**
     * The signed-in person of this request. The servlet request's principal, not SecurityContext's:
     * pages ask for it many times per rendering, and SecurityContext searches the subject each time.
     */
    private static Principal caller() {
        return Faces.getRequest().getUserPrincipal();
    }

    /**
     * The account kept with the session of whoever is signed in, loaded on the first page after sign-in. An error page
     * never loads it. The container renders an error page after the failed page's own processing has ended; there the
     * request still names the caller, but Payara no longer gives a Jakarta Security caller to the EJB container, which
     * refuses the account's service as if nobody were signed in. A browser's session has its account loaded since
     * sign-in; a client sending HTTP Basic has a new session with each request, so it got that refusal, a bare 500,
     * instead of the 403 or 404 the page meant. Such an error page shows no account: no name, roles or language of it.
     */
    private Optional<SignedInAccount> signedIn() {
        Principal principal = caller();
        if (principal == null) {
            return Optional.empty();
        }
        if (!account.isOf(principal.getName())) {
            if (Faces.getRequestAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
                return Optional.empty();
            }
            account.load(accounts.current());
            keepAccountLanguage();
        }
        return Optional.of(account);
    }

    /**
     * Gives the visitor's cookie the language of the account just signed in, so that the login page after the session
     * has ended (a time without activity, a sign-out in another tab, a new password) is in the person's language rather
     * than the browser's: by then nothing on the server says whose session it was.
     */
    private void keepAccountLanguage() {
        Language language = account.language();
        if (VisitorLanguage.chosen(Faces.getRequest()).filter(language::equals).isEmpty()) {
            keepVisitorLanguage(language);
        }
    }

    private Language visitorLanguage() {
        if (visitorLanguage == null) {
            visitorLanguage = VisitorLanguage.of(Faces.getRequest());
        }
        return visitorLanguage;
    }

    private void keepVisitorLanguage(Language language) {
        visitorLanguage = language;
        HostCookies.set(VisitorLanguage.COOKIE, language.name(), LANGUAGE_COOKIE_AGE);
    }
}
