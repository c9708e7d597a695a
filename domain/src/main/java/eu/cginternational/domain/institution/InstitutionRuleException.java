package eu.cginternational.domain.institution;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a change would break a rule an institution enforces on itself. The rule is also the message key
 * ({@code institution.rule.NAME}).
 */
public class InstitutionRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /**
     * The rules of an institution's activation: a step that would change nothing is refused, as an account's is, so that
     * a repeated one (a second click, a client retrying) records no audit entry for nothing.
     */
    public enum Rule {
        ALREADY_ACTIVE,
        ALREADY_INACTIVE
    }

    private final Rule rule;

    public InstitutionRuleException(Rule rule) {
        super(rule);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
