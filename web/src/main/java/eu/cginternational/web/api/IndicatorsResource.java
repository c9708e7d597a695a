package eu.cginternational.web.api;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.guidance.IndicatorRow;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.service.guidance.PolicyIndicators;
import eu.cginternational.web.config.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The policy indicators: ministries for their country, coordinators for all; counts below 5 as "<5", and in the
 * mobility areas a count hidden to protect one of them as "–", with the same cells hidden as on the page.
 */
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

    @Inject
    PolicyIndicators indicators;

    @Inject
    OccupationCatalogue occupations;

    @Inject
    CallerAccounts callers;

    @GET
    @Operation(summary = "Counts by country and school (area = GUIDANCE_SESSIONS|STUDENTS_COUNSELLED|ASSESSMENTS_COMPLETED"
            + "|MOBILITIES_BY_DESTINATION|MOBILITIES_BY_TYPE|PLACEMENTS_THROUGH_PARTNERSHIPS|TRAININGS_COMPLETED"
            + "|MOBILITIES_BY_OCCUPATION, all without it; by occupation: breakdown = ISCO-08 code or null for none named,"
            + " with the destination country); a count from 1 to 4 is given as \"<5\", and in the mobility areas a count"
            + " hidden so that such a count cannot be worked out by subtraction as \"–\"")
    public List<CounsellingViews.Indicator> list(@QueryParam("area") String area) {
        return rows(area).stream().map(CounsellingViews.Indicator::of).toList();
    }

    @GET
    @Path("export")
    @Produces({TableFile.CSV, TableFile.XLSX})
    @Operation(summary = "The indicators as a file (format: csv or xlsx; area as for the list, all without it), one row per"
            + " count, with the areas, types and occupations named in the caller's language; a count from 1 to 4 as \"<5\","
            + " a count hidden to protect one of them as \"–\", as in the list")
    public Response export(@QueryParam("area") String area, @QueryParam("format") @DefaultValue("csv") String format) {
        Language language = callers.getCurrent().getLanguage();
        Locale locale = language.locale();
        Map<String, String> titles = occupations.all().stream().collect(Collectors.toMap(Occupation::getIscoCode,
                occupation -> occupation.getTitle().in(language), (a, b) -> a));
        Function<IndicatorRow, String> breakdown = row -> switch (row.area()) {
            case MOBILITIES_BY_TYPE -> Bundle.text(locale, "MobilityType." + row.breakdown());
            case MOBILITIES_BY_OCCUPATION -> row.breakdown() == null ? Bundle.text(locale, "indicators.occupation.none")
                    : row.breakdown() + " – " + titles.getOrDefault(row.breakdown(), "");
            default -> row.breakdown() == null ? "" : row.breakdown();
        };
        List<List<String>> rows = rows(area).stream()
                .map(row -> List.of(
                        Bundle.text(locale, "IndicatorArea." + row.area()),
                        row.country(),
                        row.school(),
                        breakdown.apply(row),
                        row.destination() == null ? "" : Country.displayName(row.destination(), locale),
                        row.shown()))
                .toList();
        List<String> headings = List.of("indicators.area", "indicators.country", "indicators.school",
                "indicators.breakdown", "indicators.destination", "indicators.count");
        return TableFile.headed(locale, headings, rows).download("indicators", format);
    }

    private List<IndicatorRow> rows(String area) {
        if (area == null || area.isBlank()) {
            return indicators.all();
        }
        try {
            return indicators.area(IndicatorRow.Area.valueOf(area.trim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("api.request.unknown_value", "area", area);
        }
    }
}
