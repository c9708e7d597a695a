package eu.cginternational.service.config;

import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.InvalidInputException.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** Throws {@link InvalidInputException} listing every broken constraint of the object, in the caller's language. */
    public void validate(Object input) {
        Locale locale = callers.currentLocale();
        Set<ConstraintViolation<Object>> violations = validatorFactory.getValidator().validate(input);
        if (!violations.isEmpty()) {
            MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
            List<Problem> problems = violations.stream()
                    .map(v -> new Problem(v.getPropertyPath().toString(),
                            interpolator.interpolate(v.getMessageTemplate(), contextOf(v), locale)))
                    .sorted(Comparator.comparing(Problem::field))
                    .toList();
            throw new InvalidInputException(problems);
        }
    }

    /** A refusal of one field, with a text of {@code ServiceTexts} in the caller's language. */
    public InvalidInputException invalid(String field, String key, Object... arguments) {
        return new InvalidInputException(List.of(new Problem(field, Texts.format(callers.currentLocale(), key, arguments))));
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
