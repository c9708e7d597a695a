package eu.cginternational.service.admin;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.text.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a coordinator enters to create or change an account: the form's and the REST body's shape,
 * validated before the service touches the database. {@code version} is the version the coordinator
 * saw when editing; null when creating.
 */
public class UserDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = UserAccount.USERNAME_MAXLENGTH, message = "{user.username.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{user.username.pattern}")
    @Pattern(regexp = UserAccount.UNRESERVED_USERNAME, message = "{user.username.reserved}")
    private String username;

    @NotBlank(message = "{user.email.required}")
    @Size(max = UserAccount.EMAIL_MAXLENGTH, message = "{user.email.too_long}")
    @Email(message = "{user.email.invalid}")
    private String email;

    @NotBlank(message = "{user.full_name.required}")
    @Size(max = UserAccount.FULL_NAME_MAXLENGTH, message = "{user.full_name.too_long}")
    @PlainText
    private String fullName;

    @NotNull(message = "{user.institution.required}")
    private Long institutionId;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotNull(message = "{user.language.required}")
    private Language language = Language.EN;

    private Long version;

    public static UserDraft of(UserAccount account) {
        UserDraft draft = new UserDraft();
        draft.username = account.getUsername();
        draft.email = account.getEmail();
        draft.fullName = account.getFullName();
        draft.institutionId = account.getInstitution().getId();
        draft.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        draft.language = account.getLanguage();
        draft.version = account.getVersion();
        return draft;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
