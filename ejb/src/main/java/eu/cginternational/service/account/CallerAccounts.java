package eu.cginternational.service.account;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.config.RequestOrigin;
import eu.cginternational.service.error.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The account of whoever calls the current service method. Nearly every service call asks for it,
 * so it is found by id, which the shared cache answers without the database; a username's id is
 * remembered once read (accounts are never deleted, and a username changes only when its account is anonymised:
 * the account found by id must still have it). It only reads, so it joins a transaction under way but never begins one:
 * the check of every signed-in request ({@link #maySessionContinue}) needs none.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallerAccounts {

    private static final Map<String, Long> ID_BY_USERNAME = new ConcurrentHashMap<>();

    private static final ZoneId UTC = ZoneId.of("UTC");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    public Optional<UserAccount> findCurrent() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null || "ANONYMOUS".equals(principal.getName())) {
            return Optional.empty();
        }
        return byUsername(principal.getName());
    }

    /**
     * Whether a person remembered since they signed in (in a browser session, or an API client's credential), with these
     * roles and the credential stamp of the password they gave, may still act: their account still has the username,
     * is active, holds the same roles and has had no password change since. So a deactivation, an anonymisation, a
     * change of roles or of the password ends the person's open sessions at their next request, not when the sessions
     * time out.
     */
    public boolean maySessionContinue(String username, Set<String> roles, int credentialStamp) {
        return byUsername(username)
                .filter(UserAccount::isActive)
                .filter(account -> account.getCredentialStamp() == credentialStamp)
                .filter(account -> account.getRoles().stream().map(Role::name).collect(Collectors.toSet()).equals(roles))
                .isPresent();
    }

    private Optional<UserAccount> byUsername(String username) {
        Long id = ID_BY_USERNAME.get(username);
        UserAccount known = id == null ? null : em.find(UserAccount.class, id);
        if (known != null && known.getUsername().equals(username)) {
            return Optional.of(known);
        }
        Optional<UserAccount> account = em.createNamedQuery("UserAccount.caller", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
        account.ifPresent(found -> ID_BY_USERNAME.put(found.getUsername(), found.getId()));
        return account;
    }

    public UserAccount getCurrent() {
        return findCurrent().orElseThrow(() -> new NotFoundException("error.not_signed_in"));
    }

    /** The caller's language: their account's, or for anonymous callers the one their client reads. */
    public Locale currentLocale() {
        return findCurrent().map(UserAccount::getLanguage).orElseGet(origin::getLanguage).locale();
    }

    /** The caller's clock: the time zone of their institution's country; UTC for anonymous callers, not placed anywhere. */
    public ZoneId currentTimeZone() {
        return findCurrent().map(UserAccount::timeZone).orElse(UTC);
    }
}
