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
 * A plain text of several lines, written in a text area: the rule of {@link PlainText}, except that its lines may
 * break and be indented. Browsers send a text area's line breaks as CR LF, and people paste lists with tabs; a name or a
 * title, shown on one line and put into e-mail subjects, stays {@link PlainText}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "(?:[^<>\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]|[\\r\\n\\t])*")
@jakarta.validation.ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainParagraphs {

    String message() default "{text.plain.markup}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
