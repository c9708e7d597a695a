package eu.cginternational.web.api;

import eu.cginternational.domain.guidance.CountryDemand;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The occupation explorer; coordinators correct an occupation. */
@Path("occupations")
@Produces(MediaType.APPLICATION_JSON)
public class OccupationsResource {

    private static final Set<String> FILTERS = Set.of("q", "riasec", "sector", "eqf", "country");

    @Inject
    OccupationCatalogue catalogue;

    @Inject
    InputValidator validator;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Occupations, paged (page, size, sort: isco, eqf, sector, title_en, title_sq, title_cnr) and"
            + " filtered: q (text in a title or the start of the ISCO code), riasec (letters that must all be in the"
            + " occupation's code), sector, eqf, country (ES: in shortage in Spain) with demand (SHORTAGE, BALANCED,"
            + " SURPLUS; default SHORTAGE)")
    public ListResult<GuidanceViews.OccupationSummary> list() {
        PageRequest request = Paging.of(uri, FILTERS);
        String demand = uri.getQueryParameters().getFirst("demand");
        String country = request.filters().get("country");
        if (country != null && demand != null && !demand.isBlank()) {
            Map<String, String> filters = new HashMap<>(request.filters());
            filters.put("country", country + ":" + demand);
            request = new PageRequest(request.offset(), request.limit(), request.sortField(), request.ascending(), filters);
        }
        Page<Occupation> page = catalogue.page(request);
        return new ListResult<>(page.items().stream().map(GuidanceViews.OccupationSummary::of).toList(), page.total());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One occupation by its ISCO-08 code: texts in three languages, key skills, RIASEC code, typical"
            + " EQF level, demand per country with the sources named, and the link to its open opportunities")
    public GuidanceViews.OccupationDetail get(@PathParam("code") String code) {
        Occupation occupation = catalogue.get(code);
        Set<String> codes = occupation.getDemand().stream().map(CountryDemand::getSourceCode).collect(Collectors.toSet());
        return GuidanceViews.OccupationDetail.of(occupation, catalogue.sources(codes));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coordinators: correct an occupation. Body as the GET answer: title, description and skills"
            + " (\"|\"-separated) each as {en, sq, cnr}, all three required and plain text; sector, riasec, eqfLevel;"
            + " demand as [{country, level: SHORTAGE|BALANCED|SURPLUS, source: the code of a named source}]; and the"
            + " version last read. Answers the occupation as GET does; 409 when the version is stale, 422 naming the"
            + " field for invalid input (nothing is changed), 403 for other roles, 404 for an unknown code")
    public GuidanceViews.OccupationDetail revise(@PathParam("code") String code, GuidanceInputs.OccupationInput input) {
        catalogue.revise(code, GuidanceInputs.draft(UsersResource.required(input), validator));
        return get(code);
    }
}
