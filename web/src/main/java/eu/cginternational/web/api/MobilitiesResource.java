package eu.cginternational.web.api;

import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.mobility.MobilityDraft;
import eu.cginternational.service.mobility.MobilityRow;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.mobility.MobilityTransition;
import eu.cginternational.service.mobility.ParticipantReport;
import eu.cginternational.service.query.Page;
import eu.cginternational.web.config.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static eu.cginternational.web.api.UsersResource.required;

/** Mobility applications and their approval steps, within the caller's scope. */
@Path("mobilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MobilitiesResource {

    private static final Set<String> FILTERS = Set.of("status", "type", "school", "destination", "from", "to", "participant",
            "schoolName", "startDate", "hosted");

    @Inject
    MobilityService mobilities;

    @Inject
    CallerAccounts callers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The mobilities the caller may see, paged (page, size, sort) and filtered"
            + " (status, type, school (id), schoolName (part of it), destination, from, to, startDate (a period"
            + " of first days: 2028-01-01/2028-01-31), participant); hosted=true: those the caller's school hosts"
            + " (a school administrator's list is otherwise those their school sends)")
    public ListResult<MobilityViews.Summary> list() {
        Page<MobilityRow> page = mobilities.page(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(MobilityViews.Summary::of).toList(), page.total());
    }

    @GET
    @Path("export")
    @Produces({TableFile.CSV, TableFile.XLSX})
    @Operation(summary = "The whole list as a file (format: csv or xlsx), sorted and filtered like GET /api/mobilities,"
            + " with the headings and labels in the caller's language; a list longer than cg.list.export-max-rows is"
            + " refused (422): narrow the filters")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
        Locale locale = callers.currentLocale();
        List<List<String>> rows = mobilities.export(Paging.of(uri, FILTERS)).stream()
                .map(mobility -> List.of(
                        mobility.participant().fullName(),
                        Bundle.text(locale, "MobilityType." + mobility.type()),
                        mobility.sendingSchool().name(),
                        mobility.host().name() + ", " + mobility.host().city(),
                        Country.displayName(mobility.host().countryCode(), locale),
                        mobility.startDate().toString(),
                        mobility.endDate().toString(),
                        Bundle.text(locale, "MobilityStatus." + mobility.status()),
                        mobility.iscoCode() == null ? "" : mobility.iscoCode()))
                .toList();
        List<String> headings = List.of("mobility.participant", "mobility.type", "mobility.school", "mobility.host",
                "mobility.destination", "mobility.start", "mobility.end", "general.status", "mobility.occupation");
        return TableFile.headed(locale, headings, rows).download("mobilities", format);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One mobility with its status, version, history and the actions the caller can take now")
    public MobilityViews.Detail get(@PathParam("id") long id) {
        return detail(mobilities.get(id));
    }

    @POST
    @Operation(summary = "Start an application in draft (participantId empty: for oneself)")
    public Response apply(MobilityDraft draft) {
        Mobility mobility = mobilities.apply(required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(mobility.getId().toString()).build())
                .entity(detail(mobility)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft or returned application; version must be the one last read (409 otherwise)")
    public MobilityViews.Detail revise(@PathParam("id") long id, MobilityDraft draft) {
        return detail(mobilities.revise(id, required(draft)));
    }

    @PUT
    @Path("{id}/report")
    @Operation(summary = "The participant hands in the report after the mobility: {\"text\": \"...\", \"version\": N}")
    public MobilityViews.Detail report(@PathParam("id") long id, ParticipantReport report) {
        return detail(mobilities.report(id, required(report)));
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Take a step: SUBMIT, APPROVE, RETURN, REJECT, WITHDRAW, CANCEL, START, COMPLETE,"
            + " with a comment (required to return, reject or cancel) and the version last read")
    public MobilityViews.Detail act(@PathParam("id") long id, MobilityTransition transition) {
        return detail(mobilities.act(id, required(transition)));
    }

    /** The mobility as the caller sees it, with the actions the caller can take now. */
    private MobilityViews.Detail detail(Mobility mobility) {
        return MobilityViews.Detail.of(mobility, mobilities.actionsFor(mobility), mobilities.seesOnlyAsHost(mobility));
    }
}
