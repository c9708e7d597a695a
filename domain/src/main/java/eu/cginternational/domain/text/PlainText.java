package eu.cginternational.domain.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that is shown as plain text and must not contain markup: no HTML tags, no control
 * characters, no bidirectional overrides that make a name read differently than it is stored. Pages escape what they print anyway; refusing markup on input keeps it out of PDFs,
 * e-mails and exports too, and tells the person why.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^<>\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*")
@jakarta.validation.ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{text.plain.markup}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
