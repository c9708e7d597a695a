package eu.cginternational.domain.agreement;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a change would break a rule of an agreement, of its opportunities or of an
 * application to one. The rule is also the message key; the arguments fill its placeholders.
 */
public class AgreementRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules agreements and opportunities enforce on themselves. */
    public enum Rule {
        ILLEGAL_TRANSITION, NOT_AT_SIGNING, REASON_REQUIRED, NOT_EDITABLE, END_BEFORE_START, SCHOOL_REQUIRED, COMPANY_REQUIRED,
        PARTY_TYPE, SIGNER_REQUIRED, SIGNER_NOT_OF_PARTY, SIGNER_TWICE, NOT_IN_FORCE, NOT_A_PARTY, OWN_PARTY_REQUIRED,
        OPPORTUNITY_OUTSIDE_AGREEMENT, PLACEMENT_DURATION, OPPORTUNITY_CLOSED, PLACEMENT_CLOSED, OPPORTUNITY_FULL, ALREADY_APPLIED, NOT_ABROAD, APPLICATION_DECIDED,
        PLACEMENT_STARTS_TOO_SOON, PLACEMENT_BEGUN, PLACEMENT_NOT_IN_HOSTS_COUNTRY
    }

    private final Rule rule;

    public AgreementRuleException(Rule rule, Object... arguments) {
        super(rule, arguments);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
