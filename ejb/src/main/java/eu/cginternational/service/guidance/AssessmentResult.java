package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.InterestProfile;
import eu.cginternational.domain.guidance.RiasecCode;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A scored self-assessment: the profile, its code and the best-fitting occupations, best first.
 * {@code id} and {@code completedAt} are those of the stored result.
 */
public record AssessmentResult(Long id, Instant completedAt, InterestProfile profile, RiasecCode code,
                               List<OccupationFit> matches) implements Serializable {
}
