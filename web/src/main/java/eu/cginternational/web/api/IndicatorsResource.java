package eu.cginternational.web.api;

import eu.cginternational.service.guidance.IndicatorRow;
import eu.cginternational.service.guidance.PolicyIndicators;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The policy indicators: ministries for their country, coordinators for all; counts below 5 as "<5". */
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

    @Inject
    PolicyIndicators indicators;

    @GET
    @Operation(summary = "Counts by country and school (area = GUIDANCE_SESSIONS|STUDENTS_COUNSELLED|ASSESSMENTS_COMPLETED"
            + "|MOBILITIES_BY_DESTINATION|MOBILITIES_BY_TYPE|PLACEMENTS_THROUGH_PARTNERSHIPS|TRAININGS_COMPLETED"
            + "|MOBILITIES_BY_OCCUPATION, all without it; by occupation: breakdown = ISCO-08 code or null for none named,"
            + " with the destination country); a count from 1 to 4 is given as \"<5\"")
    public List<CounsellingViews.Indicator> list(@QueryParam("area") String area) {
        List<IndicatorRow> rows;
        if (area == null || area.isBlank()) {
            rows = indicators.all();
        } else {
            try {
                rows = indicators.area(IndicatorRow.Area.valueOf(area.trim()));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("unknown area: " + area);
            }
        }
        return rows.stream().map(CounsellingViews.Indicator::of).toList();
    }
}
