package eu.cginternational.domain.account;

import eu.cginternational.domain.institution.InstitutionType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The six roles of the platform (DESIGN.md "Who uses it"). The names are the security roles used
 * in {@code @RolesAllowed}; the constants in {@link Names} exist because annotations need
 * compile-time strings.
 */
public enum Role {
    COORDINATOR(EnumSet.of(InstitutionType.PROJECT_PARTNER)),
    MINISTRY_ADMIN(EnumSet.of(InstitutionType.MINISTRY, InstitutionType.NATIONAL_AGENCY)),
    SCHOOL_ADMIN(EnumSet.of(InstitutionType.VET_SCHOOL)),
    TEACHER(EnumSet.of(InstitutionType.VET_SCHOOL)),
    STUDENT(EnumSet.of(InstitutionType.VET_SCHOOL)),
    PARTNER(EnumSet.of(InstitutionType.COMPANY, InstitutionType.PROJECT_PARTNER));

    private final Set<InstitutionType> institutionTypes;

    Role(Set<InstitutionType> institutionTypes) {
        this.institutionTypes = institutionTypes;
    }

    /** Whether a person of an institution of this type may hold the role. */
    public boolean fits(InstitutionType type) {
        return institutionTypes.contains(type);
    }

    /** Role names as compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String COORDINATOR = "COORDINATOR";
        public static final String MINISTRY_ADMIN = "MINISTRY_ADMIN";
        public static final String SCHOOL_ADMIN = "SCHOOL_ADMIN";
        public static final String TEACHER = "TEACHER";
        public static final String STUDENT = "STUDENT";
        public static final String PARTNER = "PARTNER";

        private Names() {
        }
    }
}
