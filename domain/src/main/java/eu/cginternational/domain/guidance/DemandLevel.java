package eu.cginternational.domain.guidance;

/** How much employers of a country look for an occupation. Each value is also a message key ({@code DemandLevel.SHORTAGE}). */
public enum DemandLevel {
    /** More vacancies than suitable applicants. */
    SHORTAGE,
    /** Vacancies and applicants roughly in balance. */
    BALANCED,
    /** More applicants than vacancies. */
    SURPLUS
}
