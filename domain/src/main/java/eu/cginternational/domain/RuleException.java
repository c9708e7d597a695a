package eu.cginternational.domain;

import java.util.Arrays;

/**
 * Thrown when a change would break a rule that an entity enforces on itself. Each kind of entity
 * names its rules in an enum of its own; a rule is also the message key, and the arguments fill
 * its placeholders.
 */
public abstract class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object[] arguments;

    protected RuleException(Enum<?> rule, Object... arguments) {
        super(rule + " " + Arrays.toString(arguments));
        this.arguments = arguments.clone();
    }

    /** The rule that would be broken. */
    public abstract Enum<?> getRule();

    public Object[] getArguments() {
        return arguments.clone();
    }
}
