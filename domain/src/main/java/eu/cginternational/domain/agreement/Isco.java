package eu.cginternational.domain.agreement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ISCO-08 occupation codes the platform uses: unit groups of four digits. The first digit is the major group
 * (1 to 9), the second the sub-major and the third the minor group within it, each numbered from 1; the fourth numbers
 * the unit group within its minor group and is 0 where the minor group has a single one (5120 Cooks). Major group 0,
 * the armed forces, has the three unit groups 0110, 0210 and 0310 only. The one rule for every ISCO code entered.
 */
public final class Isco {

    private static final Pattern CIVILIAN_UNIT_GROUP = Pattern.compile("[1-9][1-9][1-9][0-9]");
    private static final Set<String> ARMED_FORCES = Set.of("0110", "0210", "0310");

    private Isco() {
    }

    public static boolean isUnitGroup(String code) {
        return code != null && (CIVILIAN_UNIT_GROUP.matcher(code).matches() || ARMED_FORCES.contains(code));
    }

    /** Whether the code is one of the armed forces' unit groups (major group 0). */
    public static boolean isArmedForces(String code) {
        return ARMED_FORCES.contains(code);
    }

    /** An ISCO-08 unit group ({@link Isco#isUnitGroup}) as input; null is valid. */
    @Documented
    @Constraint(validatedBy = UnitGroupValidator.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface UnitGroup {

        String message() default "{agreement.isco.format}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link UnitGroup}. */
    public static class UnitGroupValidator implements ConstraintValidator<UnitGroup, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isUnitGroup(value);
        }
    }
}
