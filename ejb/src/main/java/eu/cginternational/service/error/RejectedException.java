package eu.cginternational.service.error;

import eu.cginternational.domain.RuleException;
import java.util.function.Supplier;

/**
 * Thrown when a request is well-formed but cannot be carried out in the current state: a wrong
 * current password, a used reset token, an action on a deactivated record.
 */
public class RejectedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /**
     * Runs a change of an entity and turns a rule the entity enforces on itself into a refusal
     * whose message key is the prefix followed by the rule.
     */
    public static <T> T unlessRuleBroken(String keyPrefix, Supplier<T> change) {
        try {
            return change.get();
        } catch (RuleException e) {
            throw of(keyPrefix, e);
        }
    }

    /** The refusal of a broken rule of an entity: its message key is the prefix followed by the rule. */
    public static RejectedException of(String keyPrefix, RuleException broken) {
        return new RejectedException(keyPrefix + broken.getRule().name(), broken.getArguments());
    }
}
