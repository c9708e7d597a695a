package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.SmallCounts;
import java.io.Serializable;

/**
 * One cell of the policy indicators: an area (what is counted), the country and school it is
 * counted for (the school by its id; its name is for display), an optional breakdown (a destination
 * country, a type, an occupation's ISCO-08 code), the destination country where an area breaks down
 * by occupation and destination, and the count.
 * Only {@link #shown()} leaves the platform: below {@value SmallCounts#THRESHOLD} it is "&lt;5", and a
 * cell hidden to protect a small count elsewhere ({@link ComplementarySuppression}) is
 * {@value #PROTECTING}, whatever its count.
 */
public record IndicatorRow(Area area, String country, long schoolId, String school, String breakdown,
        String destination, long count, boolean protecting) implements Serializable {

    /** What a cell hidden to protect another shows: not "&lt;5", which would be false, since its count is five or more. */
    public static final String PROTECTING = "–";

    /** A cell with at most one breakdown. */
    public IndicatorRow(Area area, String country, long schoolId, String school, String breakdown, long count) {
        this(area, country, schoolId, school, breakdown, null, count, false);
    }

    /** A cell by breakdown and destination, shown unless its count is small. */
    public IndicatorRow(Area area, String country, long schoolId, String school, String breakdown,
            String destination, long count) {
        this(area, country, schoolId, school, breakdown, destination, count, false);
    }

    /** What an indicator counts. */
    public enum Area {
        GUIDANCE_SESSIONS,
        STUDENTS_COUNSELLED,
        ASSESSMENTS_COMPLETED,
        MOBILITIES_BY_DESTINATION,
        MOBILITIES_BY_TYPE,
        /** By the occupation the placement trains for (none when not named) and the destination country. */
        MOBILITIES_BY_OCCUPATION,
        PLACEMENTS_THROUGH_PARTNERSHIPS,
        TRAININGS_COMPLETED
    }

    public String shown() {
        return protecting && !suppressed() ? PROTECTING : SmallCounts.shown(count);
    }

    /** A small count, shown as "&lt;5". */
    public boolean suppressed() {
        return SmallCounts.isSuppressed(count);
    }

    /** Whether the count is withheld, small or protecting another. */
    public boolean hidden() {
        return suppressed() || protecting;
    }

    /** The same cell, hidden to protect a small count that could otherwise be recovered from it. */
    IndicatorRow protect() {
        return new IndicatorRow(area, country, schoolId, school, breakdown, destination, count, true);
    }
}
