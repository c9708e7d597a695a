package eu.cginternational.web.view;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.account.AccountService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * The person using this browser session: who they are, what they may see and in which language.
 * Loaded from their account on first use after sign-in; the language is chosen before sign-in
 * from the browser, and after it from the account.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The order in which a person with several roles is sent to a landing page. */
    private static final List<Role> LANDING_ORDER = List.of(Role.COORDINATOR, Role.MINISTRY_ADMIN,
            Role.SCHOOL_ADMIN, Role.TEACHER, Role.PARTNER, Role.STUDENT);

    @Inject
    AccountService accounts;

    private Language language;
    private String username;
    private String fullName;
    private String institutionName;
    private String countryCode;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Map<String, Boolean> rolesByName = Map.of();

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
        loadAccount();
        return caller() == null ? Map.of() : rolesByName;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Language getLanguage() {
        loadAccount();
        if (language == null) {
            language = Language.of(Faces.getRequest().getLocale()).orElse(Language.EN);
        }
        return language;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** Switches the language of the session, and of the account when signed in, then shows the page again. */
    public void switchLanguage(Language chosen) throws IOException {
        language = chosen;
        if (isSignedIn()) {
            accounts.switchLanguage(chosen);
        }
        Faces.refreshWithQueryString();
    }

    /** The landing page of the caller's main role. */
    public String getHome() {
        loadAccount();
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
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/login.xhtml?lang=" + kept.name());
    }

    /** The language asked for in a link (such as after sign-out), when it names one of the platform's. */
    public void setRequestedLanguage(String code) {
        java.util.Arrays.stream(Language.values())
                .filter(l -> l.name().equalsIgnoreCase(code))
                .findFirst()
                .ifPresent(l -> language = l);
    }

    public String getRequestedLanguage() {
        return null;
    }

    /** Forgets what was loaded, so that the next access reads the account signed in now. */
    public void reset() {
        username = null;
        roles = EnumSet.noneOf(Role.class);
        rolesByName = Map.of();
    }

    public String getUsername() {
        loadAccount();
        return username;
    }

    public String getFullName() {
        loadAccount();
        return fullName;
    }

    public String getInstitutionName() {
        loadAccount();
        return institutionName;
    }

    public String getCountryCode() {
        loadAccount();
        return countryCode;
    }

    public Set<Role> getRoles() {
        loadAccount();
        return roles;
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

    private void loadAccount() {
        Principal principal = caller();
        if (principal == null || principal.getName().equals(username)) {
            return;
        }
        UserAccount account = accounts.current();
        username = account.getUsername();
        fullName = account.getFullName();
        institutionName = account.getInstitution().getName();
        countryCode = account.getInstitution().getCountry().getCode();
        roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        rolesByName = roles.stream().collect(Collectors.toUnmodifiableMap(Role::name, role -> Boolean.TRUE));
        language = account.getLanguage();
    }
}
