package eu.cginternational.domain.guidance;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when answers to the interest questionnaire cannot be scored. The rule is also the message
 * key ({@code assessment.rule.NAME}); the arguments fill its placeholders.
 */
public class AssessmentRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules of a complete, valid set of answers. */
    public enum Rule {
        /** Some items have no answer; argument: how many. */
        ANSWERS_MISSING,
        /** An answer is outside the scale; arguments: item number, lowest, highest. */
        ANSWER_OUT_OF_SCALE,
        /** An answer names an item the questionnaire does not have; argument: the number. */
        UNKNOWN_ITEM
    }

    private final Rule rule;

    public AssessmentRuleException(Rule rule, Object... arguments) {
        super(rule, arguments);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
