package eu.cginternational.service.account;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.text.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** What a teacher or a student enters to ask for an account: the form's and the REST body's shape. */
public class AccountRequestDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{user.full_name.required}")
    @Size(max = UserAccount.FULL_NAME_MAXLENGTH, message = "{user.full_name.too_long}")
    @PlainText
    private String fullName;

    @NotBlank(message = "{user.email.required}")
    @Size(max = UserAccount.EMAIL_MAXLENGTH, message = "{user.email.too_long}")
    @Email(message = "{user.email.invalid}")
    private String email;

    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = UserAccount.USERNAME_MAXLENGTH, message = "{user.username.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{user.username.pattern}")
    @Pattern(regexp = UserAccount.UNRESERVED_USERNAME, message = "{user.username.reserved}")
    private String username;

    @NotNull(message = "{account_request.role.required}")
    private Role role;

    @NotNull(message = "{account_request.school.required}")
    private Long schoolId;

    @NotNull(message = "{user.language.required}")
    private Language language = Language.EN;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
