package eu.cginternational.domain.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The codes of the languages the platform names: the two-letter ISO 639-1 codes the JDK knows, and Montenegrin
 * ({@code cnr}, ISO 639-3), which has none of two letters and which the platform speaks and offers as a language of
 * work. Lower case, as ISO 639 writes them.
 */
public final class LanguageCode {

    private static final Set<String> KNOWN = Stream.concat(Stream.of(Locale.getISOLanguages()), Stream.of("cnr"))
            .collect(Collectors.toUnmodifiableSet());

    private LanguageCode() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** A language code the platform knows ({@link LanguageCode#isKnown}) as input; null is valid. */
    @Documented
    @Constraint(validatedBy = KnownValidator.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Known {

        String message();

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Known}. */
    public static class KnownValidator implements ConstraintValidator<Known, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isKnown(value);
        }
    }
}
