package eu.cginternational.domain.learning;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a change would break a rule of the learning agreement itself: a change after the
 * mobility has ended or was called off, an amendment without its reason, a "change" that changes
 * nothing, sending for signature the agreement of a draft or of a mobility whose host cannot sign, withdrawing from
 * signature a version that is not under signature, sending unchanged a version withdrawn or declined. The rule is also
 * the message key ({@code learning.rule.NAME}); the arguments fill its placeholders.
 */
public class LearningAgreementRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules a learning agreement enforces on itself. */
    public enum Rule {
        CLOSED, REASON_REQUIRED, NO_CHANGE, NOT_SUBMITTED, HOST_TO_CHANGE, HOST_CANNOT_SIGN, NOT_UNDER_SIGNATURE, WITHDRAWN,
        DECLINED
    }

    private final Rule rule;

    public LearningAgreementRuleException(Rule rule, Object... arguments) {
        super(rule, arguments);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
