package eu.cginternational.domain.training;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a change would break a rule of a self-paced module, its lessons and quizzes, or a
 * participant's progress. The rule is also the message key ({@code module.rule.NAME}).
 */
public class ModuleRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules a self-paced module enforces on itself. */
    public enum Rule {
        NOT_SELF_PACED, TITLE_MISSING, BODY_MISSING, TEXT_TOO_LONG, VIDEO_LINK_NOT_ALLOWED, PASS_MARK_OUT_OF_RANGE, NO_QUESTIONS,
        TOO_FEW_CHOICES, NO_CORRECT_CHOICE, SINGLE_CHOICE_WITH_SEVERAL_CORRECT, SEVERAL_ANSWERS_TO_SINGLE_CHOICE,
        UNKNOWN_ANSWER, FILE_EMPTY, FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, FILE_CONTENT_MISMATCH, TOO_MANY_RESOURCES,
        ITEM_NOT_IN_MODULE
    }

    private final Rule rule;

    public ModuleRuleException(Rule rule, Object... arguments) {
        super(rule, arguments);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
