package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.Occupation;
import java.io.Serializable;

/** An occupation and how well it fits an interest profile (0–100). */
public record OccupationFit(Occupation occupation, int fit) implements Serializable {
}
