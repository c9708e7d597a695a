package eu.cginternational.domain.account;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a change of an account would break a rule the account enforces on itself. The rule is also the
 * message key ({@code user.rule.NAME}; {@code account_request.rule.NAME} for a request becoming an account).
 */
public class AccountRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules of an account's anonymisation, activation and unlocking. */
    public enum Rule {
        /** Only a deactivated account is anonymised, so that nobody anonymises a person still at work by a slip. */
        STILL_ACTIVE,
        /** An anonymised account stays so: it is neither described anew nor activated again. */
        ANONYMISED,
        /**
         * An account is activated only with roles its institution's type allows: deactivated accounts do not hold back
         * a change of the institution's type, so their roles may no longer fit when they come back.
         */
        ROLES_NOT_FITTING,
        /**
         * A request for an account becomes one only while its school takes it: active, and of a type where the role asked
         * for fits. A school deactivated, or whose type was corrected, after the request was filed would otherwise get an
         * account that an administrator could neither have made nor save again.
         */
        SCHOOL_CLOSED,
        /**
         * A step that would change nothing is refused, as a mobility's or a registration's is: an active account is
         * not activated again, an inactive one not deactivated again, and one holding no lock not unlocked. Repeated
         * (a second click, a client retrying), it would otherwise record another audit entry for nothing.
         */
        ALREADY_ACTIVE,
        ALREADY_INACTIVE,
        NOT_LOCKED
    }

    private final Rule rule;

    public AccountRuleException(Rule rule) {
        super(rule);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
