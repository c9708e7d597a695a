package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.SmallCounts;
import java.io.Serializable;

/**
 * One cell of the policy indicators: an area (what is counted), the country and school it is
 * counted for, an optional breakdown (a destination country, a type) and the count. Only
 * {@link #shown()} leaves the platform: below {@value SmallCounts#THRESHOLD} it is "&lt;5".
 */
public record IndicatorRow(Area area, String country, String school, String breakdown, long count)
        implements Serializable {

    /** What an indicator counts. */
    public enum Area {
        GUIDANCE_SESSIONS,
        STUDENTS_COUNSELLED,
        ASSESSMENTS_COMPLETED,
        MOBILITIES_BY_DESTINATION,
        MOBILITIES_BY_TYPE,
        PLACEMENTS_THROUGH_PARTNERSHIPS,
        TRAININGS_COMPLETED
    }

    public String shown() {
        return SmallCounts.shown(count);
    }

    public boolean suppressed() {
        return SmallCounts.isSuppressed(count);
    }
}
