package eu.cginternational.domain.account;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.institution.Institution;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import eu.cginternational.domain.text.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who signs in. The account holds the sign-in rules that need only itself: the lockout
 * after {@value #MAX_FAILED_LOGINS} failed attempts for {@link #LOCKOUT}, and whether it may sign in at
 * all. Accounts are deactivated, never deleted, because the audit log and workflows name them; on request a deactivated
 * account is anonymised instead: it keeps its roles and institution, so that the records pointing to it still count, and
 * loses everything that names the person.
 * Kept in the shared cache: every service call reads its caller's account (see CallerAccounts).
 */
@Entity
@Cacheable
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
/* The signed-in caller with what every scope rule reads of them (roles, institution, country), in one statement. */
@NamedQuery(name = "UserAccount.caller", query = "SELECT u FROM UserAccount u LEFT JOIN FETCH u.roles WHERE u.username = :username",
        hints = @QueryHint(name = "eclipselink.join-fetch", value = "u.institution.country"))
/*
 * What recordFailedLogin or recordSuccessfulLogin decided, written without moving the version: a sign-in attempt, a
 * wrong password on the signing page or when changing it, and the lockout they may start, change nothing that a
 * coordinator edits, and neither someone guessing the password nor an
 * API client signing in again and again must make a coordinator's edit of the account stale (409). The lockout shows in
 * the audit log (ACCOUNT_LOCKED) and on the account once read again. EclipseLink adds a step of the version to a bulk
 * update unless the update sets the version itself.
 */
@NamedQuery(name = "UserAccount.signInRecorded", query = "UPDATE UserAccount u SET u.failedLogins = :failedLogins,"
        + " u.lockedUntil = :lockedUntil, u.lastLoginAt = :lastLoginAt, u.version = u.version WHERE u.id = :id")
@NamedQuery(name = "UserAccount.byEmail", query = "SELECT u FROM UserAccount u WHERE LOWER(u.email) = LOWER(:email)")
/* Who of an institution is told that something waits for their role there, e.g. a school's administrators. */
@NamedQuery(name = "UserAccount.activeInRoleAt", query = "SELECT u FROM UserAccount u WHERE :role MEMBER OF u.roles"
        + " AND u.active = TRUE AND u.institution = :institution ORDER BY u.id")
/* Who of the whole platform is told that something waits for their role, e.g. the coordinators. */
@NamedQuery(name = "UserAccount.activeInRole", query = "SELECT u FROM UserAccount u WHERE :role MEMBER OF u.roles"
        + " AND u.active = TRUE ORDER BY u.id")
public class UserAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int USERNAME_MAXLENGTH = 50;
    public static final int EMAIL_MAXLENGTH = 254;
    public static final int FULL_NAME_MAXLENGTH = 150;
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** The start of an anonymised account's username; the account's number follows. */
    public static final String ANONYMOUS_USERNAME_PREFIX = "anonymised-";
    /** A username a person may choose: not one an anonymisation could give another account. */
    public static final String UNRESERVED_USERNAME = "(?!" + ANONYMOUS_USERNAME_PREFIX + ").*";

    @Column(length = USERNAME_MAXLENGTH, nullable = false, unique = true)
    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = USERNAME_MAXLENGTH, message = "{user.username.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{user.username.pattern}")
    private String username;

    @Column(length = EMAIL_MAXLENGTH, nullable = false, unique = true)
    @NotBlank(message = "{user.email.required}")
    @Size(max = EMAIL_MAXLENGTH, message = "{user.email.too_long}")
    @Email(message = "{user.email.invalid}")
    private String email;

    @Column(name = "full_name", length = FULL_NAME_MAXLENGTH, nullable = false)
    @NotBlank(message = "{user.full_name.required}")
    @PlainText
    @Size(max = FULL_NAME_MAXLENGTH, message = "{user.full_name.too_long}")
    private String fullName;

    @Column(name = "password_hash", length = 512, nullable = false)
    private String passwordHash;

    // Lazy: a list of mobilities shows its participants without their roles. The signed-in caller's
    // roles come with the account in one statement (UserAccount.caller).
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    @NotNull(message = "{user.institution.required}")
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(length = 3, nullable = false)
    @NotNull(message = "{user.language.required}")
    private Language language = Language.EN;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /**
     * Counts the password changes, so that a session or a remembered API credential from before the last one ends: a
     * person who changes their password to take their account back signs everyone else out.
     */
    @Column(name = "credential_stamp", nullable = false)
    private int credentialStamp;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String email, String fullName, Institution institution,
            Set<Role> roles, Language language, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
        describe(email, fullName, institution, roles, language);
    }

    /**
     * Replaces the person's details. The username does not change, because the audit log names it, except when the
     * account is anonymised.
     */
    public final void describe(String email, String fullName, Institution institution, Set<Role> roles,
            Language language) {
        requireNotAnonymised();
        this.email = email;
        this.fullName = fullName;
        this.institution = institution;
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.language = language;
    }

    /** The roles this account holds that its institution's type does not allow. */
    public Set<Role> rolesNotFittingInstitution() {
        if (institution == null) {
            return Set.of();
        }
        return roles.stream().filter(r -> !r.fits(institution.getType())).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the account may sign in at this moment (active and not locked). */
    public boolean maySignInAt(Instant now) {
        return active && !isLockedAt(now);
    }

    /**
     * Counts a failed sign-in. Returns true when this failure locks the account; a lock that has
     * run out starts a fresh count.
     */
    public boolean recordFailedLogin(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS && lockedUntil == null) {
            lockedUntil = now.plus(LOCKOUT);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.credentialStamp++;
        // A person who proved control of the account (old password or mailed token) is no longer locked out.
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /**
     * Lifts the lock of repeated failed sign-ins, run out or not. An account holding none is refused rather than
     * unlocked again: a repeated step would record an unlock where nothing changed.
     */
    public void unlock() {
        if (lockedUntil == null) {
            throw new AccountRuleException(AccountRuleException.Rule.NOT_LOCKED);
        }
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Bars the account from signing in. An inactive one is refused, so that a repeated step records nothing again. */
    public void deactivate() {
        if (!active) {
            throw new AccountRuleException(AccountRuleException.Rule.ALREADY_INACTIVE);
        }
        active = false;
    }

    public void activate() {
        requireNotAnonymised();
        if (active) {
            throw new AccountRuleException(AccountRuleException.Rule.ALREADY_ACTIVE);
        }
        if (!rolesNotFittingInstitution().isEmpty()) {
            throw new AccountRuleException(AccountRuleException.Rule.ROLES_NOT_FITTING);
        }
        active = true;
    }

    /**
     * Replaces everything that names the person (username, name, e-mail address) with a pseudonym made of the
     * account's number, takes away the password and forgets the sign-in times. The roles, the institution and the
     * language stay, so that what the person did still counts where it was done. Returns the new username.
     */
    public String anonymise(Instant now, String unknownPasswordHash) {
        requireNotAnonymised();
        if (active) {
            throw new AccountRuleException(AccountRuleException.Rule.STILL_ACTIVE);
        }
        username = ANONYMOUS_USERNAME_PREFIX + getId();
        email = username + "@anonymised.invalid";
        fullName = "Anonymised " + getId();
        passwordHash = unknownPasswordHash;
        passwordChangedAt = null;
        credentialStamp++;
        lastLoginAt = null;
        failedLogins = 0;
        lockedUntil = null;
        anonymisedAt = now;
        return username;
    }

    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw new AccountRuleException(AccountRuleException.Rule.ANONYMISED);
        }
    }

    public void switchLanguage(Language newLanguage) {
        this.language = newLanguage;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Institution getInstitution() {
        return institution;
    }

    /** The person's clock: the time zone of their institution's country, on which they read a moment. */
    public ZoneId timeZone() {
        return getInstitution().getCountry().timeZone();
    }

    public Language getLanguage() {
        return language;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /**
     * Whether an active account has never been signed in to: its owner still needs the link to choose a password, and a
     * new one when the first is lost. Someone who has signed in asks for a new password themselves.
     */
    public boolean isAwaitingFirstSignIn() {
        return active && lastLoginAt == null;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public int getCredentialStamp() {
        return credentialStamp;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }
}
