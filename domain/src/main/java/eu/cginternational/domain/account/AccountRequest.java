package eu.cginternational.domain.account;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.institution.Institution;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Set;

/**
 * A teacher's or a student's request for an account, made before they can sign in, waiting for their school to
 * confirm it. It lives only while it waits: confirmed, it becomes the account; declined or left too long, it goes.
 * Until then it is the only place the person's details are kept. Its address is unique among requests, its username
 * not: a username waiting in a request is no secret to keep from the public form (see the service that files them).
 */
@Entity
@Table(name = "account_request")
@NamedQuery(name = "AccountRequest.byUsername", query = "SELECT r FROM AccountRequest r WHERE r.username = :username")
@NamedQuery(name = "AccountRequest.byEmail", query = "SELECT r FROM AccountRequest r WHERE LOWER(r.email) = LOWER(:email)")
public class AccountRequest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The roles one may ask for; the others are given by a coordinator. */
    public static final Set<Role> REQUESTABLE_ROLES = Set.of(Role.TEACHER, Role.STUDENT);

    @Column(length = UserAccount.USERNAME_MAXLENGTH, nullable = false, updatable = false)
    private String username;

    @Column(length = UserAccount.EMAIL_MAXLENGTH, nullable = false, unique = true, updatable = false)
    private String email;

    @Column(name = "full_name", length = UserAccount.FULL_NAME_MAXLENGTH, nullable = false, updatable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private Institution school;

    @Enumerated(EnumType.STRING)
    @Column(length = 3, nullable = false, updatable = false)
    private Language language;

    protected AccountRequest() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException for a role one cannot ask for, or a school where that role does not fit
     */
    public AccountRequest(String username, String email, String fullName, Role role, Institution school,
            Language language) {
        if (!REQUESTABLE_ROLES.contains(role)) {
            throw new IllegalArgumentException("An account request is for a teacher or a student, not " + role);
        }
        if (!role.fits(school.getType())) {
            throw new IllegalArgumentException("A " + role + " does not belong to a " + school.getType());
        }
        this.username = Objects.requireNonNull(username);
        this.email = Objects.requireNonNull(email);
        this.fullName = Objects.requireNonNull(fullName);
        this.role = role;
        this.school = school;
        this.language = Objects.requireNonNull(language);
    }

    /** Whether the school still takes the account asked for: active, and of a type the role fits. */
    public boolean isTakenBySchool() {
        return school.isActive() && role.fits(school.getType());
    }

    /**
     * The account this request becomes, with a password hash nobody knows until its owner chooses one.
     *
     * @throws AccountRuleException {@link AccountRuleException.Rule#SCHOOL_CLOSED} when the school no longer takes the
     *         account: deactivated, or of a type the role does not fit, since the request was filed
     */
    public UserAccount toAccount(String unknownPasswordHash) {
        if (!isTakenBySchool()) {
            throw new AccountRuleException(AccountRuleException.Rule.SCHOOL_CLOSED);
        }
        return new UserAccount(username, email, fullName, school, Set.of(role), language, unknownPasswordHash);
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

    public Role getRole() {
        return role;
    }

    public Institution getSchool() {
        return school;
    }

    public Language getLanguage() {
        return language;
    }
}
