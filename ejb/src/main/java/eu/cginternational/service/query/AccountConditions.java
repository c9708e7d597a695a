package eu.cginternational.service.query;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * Conditions on accounts that a query holds rather than the caller, for a rule asked of many accounts at once in the
 * database (who may still act on their signer slots, who may sign for a party): what {@link UserAccount#hasRole} asks
 * of one account in hand.
 */
public final class AccountConditions {

    private AccountConditions() {
    }

    /**
     * Whether the account holds the role, as a subquery of {@code query}. EclipseLink makes a collection member test a
     * join of the account's roles into the query itself, which repeats its rows and turns a negation or an alternative
     * into "holds some other role"; the subquery keeps the condition one row's yes or no.
     */
    public static Predicate holds(Expression<UserAccount> account, Role role, AbstractQuery<?> query,
            CriteriaBuilder cb) {
        Subquery<Long> holding = query.subquery(Long.class);
        Root<UserAccount> holder = holding.from(UserAccount.class);
        holding.select(holder.get("id")).where(cb.equal(holder, account), cb.isMember(role, holder.get("roles")));
        return cb.exists(holding);
    }
}
