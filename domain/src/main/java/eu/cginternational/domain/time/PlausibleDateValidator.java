package eu.cginternational.domain.time;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/** Checks {@link PlausibleDate} on a date, a date and time, or a moment (in UTC). */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, Temporal> {

    private LocalDate first;
    private LocalDate afterLast;

    @Override
    public void initialize(PlausibleDate annotation) {
        first = LocalDate.of(annotation.from(), 1, 1);
        afterLast = LocalDate.of(annotation.to() + 1, 1, 1);
    }

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value instanceof LocalDate date) {
            return !date.isBefore(first) && date.isBefore(afterLast);
        }
        if (value instanceof LocalDateTime dateTime) {
            return !dateTime.isBefore(first.atStartOfDay()) && dateTime.isBefore(afterLast.atStartOfDay());
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(first.atStartOfDay().toInstant(ZoneOffset.UTC))
                    && instant.isBefore(afterLast.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        throw new IllegalArgumentException("@PlausibleDate on " + value.getClass().getName());
    }
}
