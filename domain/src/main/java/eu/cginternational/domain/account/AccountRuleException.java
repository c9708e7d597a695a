package eu.cginternational.domain.account;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a change of an account would break a rule the account enforces on itself. The rule is also the
 * message key ({@code user.rule.NAME}; {@code account_request.rule.NAME} for a request becoming an account).
 */
public class AccountRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules of an account's anonymisation and activation. */
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
        SCHOOL_CLOSED
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
