package eu.cginternational.domain.mobility;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a change would break a rule of the mobility itself: an illegal transition, a
 * duration outside the type's range, an approval by the person who submitted. The rule is also the
 * message key; the arguments fill its placeholders.
 */
public class MobilityRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules a mobility enforces on itself. */
    public enum Rule {
        ILLEGAL_TRANSITION, DURATION_OUT_OF_RANGE, END_BEFORE_START, FOUR_EYES, COMMENT_REQUIRED,
        NOT_EDITABLE, TYPE_NOT_FOR_PARTICIPANT, NOT_STARTED_YET, NOT_ENDED_YET, REPORT_MISSING, REPORT_NOT_NOW, REPORT_EMPTY,
        REPORT_ALREADY_IN, HOST_CANNOT_HOST
    }

    private final Rule rule;

    public MobilityRuleException(Rule rule, Object... arguments) {
        super(rule, arguments);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
