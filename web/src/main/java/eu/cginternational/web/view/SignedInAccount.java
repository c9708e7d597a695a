package eu.cginternational.web.view;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the pages show of the signed-in person's account, read once after sign-in and kept with
 * their session. Only {@link ActiveUser} uses it, and only for someone signed in: a visitor gets no
 * session from it.
 */
@SessionScoped
public class SignedInAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String fullName;
    private String institutionName;
    private String countryCode;
    private Language language;
    private ZoneId timeZone;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Map<String, Boolean> rolesByName = Map.of();

    /** Whether what is kept belongs to this username. */
    public boolean isOf(String name) {
        return name.equals(username);
    }

    public void load(UserAccount account) {
        username = account.getUsername();
        fullName = account.getFullName();
        institutionName = account.getInstitution().getName();
        countryCode = account.getInstitution().getCountry().getCode();
        language = account.getLanguage();
        timeZone = account.timeZone();
        roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        rolesByName = roles.stream().collect(Collectors.toUnmodifiableMap(Role::name, role -> Boolean.TRUE));
    }

    /** Forgets what was loaded, so that the next page reads the account signed in now. */
    public void forget() {
        username = null;
        roles = EnumSet.noneOf(Role.class);
        rolesByName = Map.of();
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String fullName() {
        return fullName;
    }

    public String institutionName() {
        return institutionName;
    }

    public String countryCode() {
        return countryCode;
    }

    public Language language() {
        return language;
    }

    /** The clock of the person's country, on which pages show them moments. */
    public ZoneId timeZone() {
        return timeZone;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Map<String, Boolean> rolesByName() {
        return rolesByName;
    }
}
