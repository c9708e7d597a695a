package eu.cginternational.service.account;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.error.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

/** The account of whoever calls the current service method. */
@Stateless
@PermitAll
public class CallerAccounts {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public Optional<UserAccount> findCurrent() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null || "ANONYMOUS".equals(principal.getName())) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.caller", UserAccount.class)
                .setParameter("username", principal.getName())
                .getResultStream().findFirst();
    }

    public UserAccount getCurrent() {
        return findCurrent().orElseThrow(() -> new NotFoundException("error.not_signed_in"));
    }

    /** The caller's language, or English for anonymous callers. */
    public Locale currentLocale() {
        return findCurrent().map(UserAccount::getLanguage).orElse(Language.EN).locale();
    }
}
