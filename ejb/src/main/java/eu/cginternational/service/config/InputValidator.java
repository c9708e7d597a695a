package eu.cginternational.service.config;

import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.InvalidInputException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Validates service input with Bean Validation and reports the broken constraints in the caller's
 * language, so that a REST client gets the same translated messages as a form.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    CallerAccounts callers;

    /**
     * Throws {@link InvalidInputException} listing every broken constraint of the object and every rule given that it
     * breaks, together, in the caller's language: a form then shows after one save all there is to correct, not one
     * thing more at each save. A rule is what a constraint cannot know, such as the day it is at the school.
     */
    public void validate(Object input, Rule... rules) {
        Locale locale = callers.currentLocale();
        Set<ConstraintViolation<Object>> violations = validatorFactory.getValidator().validate(input);
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        List<Problem> problems = Stream.concat(
                        violations.stream().map(v -> new Problem(fieldOf(v.getPropertyPath()),
                                interpolator.interpolate(v.getMessageTemplate(), contextOf(v), locale))),
                        Arrays.stream(rules).filter(rule -> !rule.kept())
                                .map(rule -> new Problem(rule.field(), Texts.format(locale, rule.key(), rule.arguments()))))
                .sorted(Comparator.comparing(Problem::field))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * A rule of the input beyond its constraints, kept or not, for {@link #validate(Object, Rule...)}; when broken, it
     * is reported for the field with a text of {@code ServiceTexts}.
     */
    public record Rule(boolean kept, String field, String key, Object... arguments) {

        public static Rule rule(boolean kept, String field, String key, Object... arguments) {
            return new Rule(kept, field, key, arguments);
        }
    }

    /** A refusal of one field, with a text of {@code ServiceTexts} in the caller's language. */
    public InvalidInputException invalid(String field, String key, Object... arguments) {
        return new InvalidInputException(List.of(new Problem(field, Texts.format(callers.currentLocale(), key, arguments))));
    }

    /**
     * The field a violation names, by its path in the input as a body's property is named: {@code placements[1].isco},
     * and an entry of a list itself {@code sessions[0]}, without the name Bean Validation gives the element of a
     * container ({@code <list element>}), which names nothing the client sent.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private static MessageInterpolator.Context contextOf(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("Cannot unwrap to " + type);
            }
        };
    }
}
