package eu.cginternational.domain.training;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a change would break a rule of the training or its registrations. The rule is also
 * the message key ({@code training.rule.NAME}); the arguments fill its placeholders.
 */
public class TrainingRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules a training enforces on itself and its registrations. */
    public enum Rule {
        REGISTRATION_CLOSED, ALREADY_REGISTERED, NOT_FOR_PARTICIPANT, CANCELLATION_DEADLINE_PASSED, NOT_ACTIVE,
        NOT_PENDING, WINDOW_END_BEFORE_START, CAPACITY_TOO_SMALL, CAPACITY_BELOW_TAKEN,
        SESSION_END_BEFORE_START, SESSION_LINK_NOT_HTTP, SESSION_TIME_ZONE_UNKNOWN, SESSION_TIME_SKIPPED, SESSION_PLACE_MISSING,
        NO_SESSIONS, NOT_REGISTERED, ALREADY_COMPLETED, NOT_OVER, FEEDBACK_GIVEN, RATING_OUT_OF_RANGE, SESSION_NOT_STARTED,
        TRAINING_CLOSED, COMPLETION_SHARE_OUT_OF_RANGE, SESSIONS_HAVE_ATTENDANCE, SELF_PACED_WITH_SESSIONS,
        OWN_ATTENDANCE, MODULE_NOT_COMPLETED, DEADLINE_BEFORE_OPENING, WINDOW_AFTER_FIRST_SESSION,
        DEADLINE_AFTER_FIRST_SESSION, APPROVAL_AFTER_FIRST_SESSION, CAPACITY_RAISED_AFTER_FIRST_SESSION, NOT_ATTENDED
    }

    private final Rule rule;

    public TrainingRuleException(Rule rule, Object... arguments) {
        super(rule, arguments);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
