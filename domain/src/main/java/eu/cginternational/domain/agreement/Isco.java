package eu.cginternational.domain.agreement;

import java.util.regex.Pattern;

/** The ISCO-08 occupation codes the platform uses: unit groups of four digits, the first from 0 to 9. */
public final class Isco {

    private static final Pattern UNIT_GROUP = Pattern.compile("[0-9]{4}");

    private Isco() {
    }

    public static boolean isUnitGroup(String code) {
        return code != null && UNIT_GROUP.matcher(code).matches();
    }
}
