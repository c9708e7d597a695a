package eu.cginternational.domain.institution;

/** What kind of organisation an institution is; it decides which roles its people can hold. */
public enum InstitutionType {
    VET_SCHOOL,
    MINISTRY,
    NATIONAL_AGENCY,
    PROJECT_PARTNER,
    COMPANY
}
