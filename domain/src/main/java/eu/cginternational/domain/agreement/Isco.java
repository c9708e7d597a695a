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
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The ISCO-08 occupation codes the platform uses: unit groups of four digits, within the groups ISCO-08 has. The first
 * digit is the major group, the first two the sub-major group and the first three the minor group; the fourth numbers
 * the unit group within its minor group and is 0 where the minor group has a single one (5120 Cooks). Four digits whose
 * first three name no minor group of ISCO-08 (1511, 6411, 9711, 2270) name no occupation. Major group 0, the armed
 * forces, has the three unit groups 0110, 0210 and 0310 only. The one rule for every ISCO code entered.
 *
 * <p>The minor groups are checked, not each unit group: a code whose minor group exists but whose last digit numbers no
 * unit group of it (5121: Cooks have the one unit group 5120) passes.
 */
public final class Isco {

    /**
     * Each sub-major group of ISCO-08 with the number of its minor groups, numbered from 1 in each: 13:4 makes 131 to
     * 134. Counted from the ILO's structure file, "ISCO-08 EN Structure and definitions.xlsx"
     * (https://www.ilo.org/ilostat-files/ISCO/newdocs-08-2021/ISCO-08/ISCO-08%20EN%20Structure%20and%20definitions.xlsx),
     * as its minor groups are listed in Ben Jann's crosswalk table labels_isco08_3, which cites that file
     * (github.com/labordynamicsinstitute/ssc-mirror, fmwww.bc.edu/repec/bocode/_/_cwfcn_labels_isco08_3.sthlp): 130
     * minor groups in 43 sub-major groups.
     */
    private static final String MINOR_GROUPS_OF_SUB_MAJOR_GROUPS = "01:1 02:1 03:1"
            + " 11:2 12:2 13:4 14:3 21:6 22:6 23:5 24:3 25:2 26:5 31:5 32:5 33:5 34:3 35:2 41:3 42:2 43:2 44:1"
            + " 51:6 52:4 53:2 54:1 61:3 62:2 63:4 71:3 72:3 73:2 74:2 75:4 81:8 82:1 83:5 91:2 92:1 93:3 94:1 95:2 96:2";

    private static final Set<String> MINOR_GROUPS = Arrays.stream(MINOR_GROUPS_OF_SUB_MAJOR_GROUPS.split(" "))
            .map(entry -> entry.split(":"))
            .flatMap(entry -> IntStream.rangeClosed(1, Integer.parseInt(entry[1])).mapToObj(minor -> entry[0] + minor))
            .collect(Collectors.toUnmodifiableSet());

    /** The codes of the major, sub-major and minor groups: the first one, two or three digits of a unit group. */
    private static final Set<String> GROUPS = MINOR_GROUPS.stream()
            .flatMap(minor -> Stream.of(minor.substring(0, 1), minor.substring(0, 2), minor))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern CIVILIAN_UNIT_GROUP = Pattern.compile("[1-9][0-9]{3}");
    private static final Set<String> ARMED_FORCES = Set.of("0110", "0210", "0310");

    private Isco() {
    }

    public static boolean isUnitGroup(String code) {
        return code != null && (ARMED_FORCES.contains(code)
                || CIVILIAN_UNIT_GROUP.matcher(code).matches() && MINOR_GROUPS.contains(code.substring(0, 3)));
    }

    /**
     * Whether the code names a group of ISCO-08 at any level: a major group (one digit), a sub-major (two), a minor
     * (three) or a unit group ({@link #isUnitGroup}); that is, whether it can be the first digits of a unit group's code.
     */
    public static boolean isGroup(String code) {
        return code != null && (isUnitGroup(code) || GROUPS.contains(code));
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
