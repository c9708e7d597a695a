package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.grant.RateTable;
import eu.cginternational.service.grant.RateTableDraft;
import eu.cginternational.service.grant.RateTables;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The Erasmus+ rate tables, one per programme year, for coordinators. */
@Path("rate-tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RateTablesResource {

    @Inject
    RateTables rateTables;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The programme years with a rate table, the latest first, each with its source and version")
    public List<GrantViews.RateTableSummary> list() {
        return rateTables.list().stream().map(GrantViews.RateTableSummary::of).toList();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "The rates of one programme year: source, travel days, travel bands, daily rates, inclusion support")
    public GrantViews.RateTableView get(@PathParam("year") int year) {
        return GrantViews.RateTableView.of(rateTables.get(year));
    }

    @PUT
    @Path("{year}")
    @Operation(summary = "Replace the source and amounts of a programme year; version must be the one last read"
            + " (409 otherwise); negative amounts or bands out of order answer 422")
    public GrantViews.RateTableView update(@PathParam("year") int year, RateTableDraft draft) {
        return GrantViews.RateTableView.of(rateTables.update(year, required(draft)));
    }

    @POST
    @Operation(summary = "Start a new programme year as a copy of another: {\"programmeYear\": 2025, \"copyOf\": 2024};"
            + " 422 naming copyOf when that year has no table, programmeYear when the new year has one")
    public Response create(GrantViews.NewRateTable request) {
        GrantViews.NewRateTable body = required(request);
        if (body.programmeYear() == null || body.copyOf() == null) {
            throw new InvalidRequest("api.request.copy_required");
        }
        RateTable table = rateTables.copy(body.copyOf(), body.programmeYear());
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(table.getProgrammeYear())).build())
                .entity(GrantViews.RateTableView.of(table)).build();
    }
}
