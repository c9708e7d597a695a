package eu.cginternational.service.error;

import java.util.List;

/**
 * Thrown when input breaks a rule: a constraint of the entity, a reference to something that does
 * not exist, a value that is taken. Carries one problem per field, already in the caller's language.
 */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** One broken rule: the field it concerns (or null for the whole input) and the translated message. */
    public record Problem(String field, String message) implements java.io.Serializable {
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("error.invalid_input");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
