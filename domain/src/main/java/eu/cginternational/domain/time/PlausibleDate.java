package eu.cginternational.domain.time;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date or moment within the years a record of the platform can be about, from {@link #from} to {@link #to}. Java
 * reads years such as 0 or +10000, which the databases cannot store: a typing slip must be told as such, not fail the
 * write. Applies to {@code LocalDate}, {@code LocalDateTime} and {@code Instant} (in UTC); null is valid.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    /** The first year allowed. */
    int from() default 2000;

    /** The last year allowed. */
    int to() default 2099;

    String message() default "{date.implausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
