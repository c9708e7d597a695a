package eu.cginternational.web.api;

import eu.cginternational.domain.agreement.Isco;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.text.LanguageCode;
import eu.cginternational.service.agreement.ApplicationDecision;
import eu.cginternational.service.agreement.ApplicationDraft;
import eu.cginternational.service.agreement.OpportunityBoard;
import eu.cginternational.service.agreement.OpportunityDraft;
import eu.cginternational.service.query.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static eu.cginternational.web.api.UsersResource.required;

/** The opportunities board: placements offered under agreements in force, and students' applications to them. */
@Path("opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunitiesResource {

    private static final Set<String> FILTERS = Set.of("isco", "country", "language", "host", "from", "city", "occupation");
    /** The filters that can name nothing, refused rather than answered with an empty list. */
    private static final Map<String, Predicate<String>> FILTER_RULES = Map.of("isco", Isco::isGroup,
            "language", language -> LanguageCode.isKnown(language.toLowerCase(Locale.ROOT)));
    private static final Set<String> APPLICATION_FILTERS = Set.of("status", "student", "occupation");

    @Inject
    OpportunityBoard board;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Open placements (a partner also sees their own company's), paged (page, size, sort: startDate,"
            + " occupation, country, city) and filtered (isco: an ISCO-08 code or its first digits, country, language"
            + " (a language code: ISO 639-1, or cnr), host, from, city, occupation); an isco that begins no ISCO-08 code"
            + " or a language that is no language code is refused (400 naming it)")
    public ListResult<AgreementViews.OpportunityView> list() {
        Page<Opportunity> page = board.page(Paging.of(uri, FILTERS, FILTER_RULES));
        return new ListResult<>(page.items().stream().map(AgreementViews.OpportunityView::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    public AgreementViews.OpportunityView get(@PathParam("id") long id) {
        return AgreementViews.OpportunityView.of(board.get(id));
    }

    @POST
    @Operation(summary = "Publish a placement under one of the caller's company's agreements in force (partners)")
    public Response publish(OpportunityDraft draft) {
        Opportunity opportunity = board.publish(required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(opportunity.getId().toString()).build())
                .entity(AgreementViews.OpportunityView.of(opportunity)).build();
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "The placement's company closes it, with the version last read (409 when stale): no more"
            + " applications; those waiting for their school are declined and their students told (partners)")
    public AgreementViews.OpportunityView close(@PathParam("id") long id, Views.VersionSeen seen) {
        return AgreementViews.OpportunityView.of(board.close(id, required(seen).version()));
    }

    @POST
    @Path("{id}/applications")
    @Operation(summary = "Apply to a placement with a motivation (students, once per placement)")
    public Response apply(@PathParam("id") long id, ApplicationDraft draft) {
        OpportunityApplication application = board.apply(id, required(draft));
        return Response.created(uri.getBaseUriBuilder().path("opportunities/applications")
                        .path(application.getId().toString()).build())
                .entity(AgreementViews.ApplicationView.of(application)).build();
    }

    @GET
    @Path("applications/mine")
    @Operation(summary = "The caller's own applications (students), paged (page, size, sort: appliedAt, status or student)"
            + " and filtered (status, occupation)")
    public ListResult<AgreementViews.ApplicationView> mine() {
        return applications(board.myApplications(Paging.of(uri, APPLICATION_FILTERS)));
    }

    @GET
    @Path("applications/school")
    @Operation(summary = "The applications of the students of the caller's school (school administrators), paged (page,"
            + " size, sort: appliedAt, status or student) and filtered (status, student, occupation)")
    public ListResult<AgreementViews.ApplicationView> school() {
        return applications(board.schoolApplications(Paging.of(uri, APPLICATION_FILTERS)));
    }

    private static ListResult<AgreementViews.ApplicationView> applications(Page<OpportunityApplication> page) {
        return new ListResult<>(page.items().stream().map(AgreementViews.ApplicationView::of).toList(), page.total());
    }

    @GET
    @Path("applications/{applicationId}")
    public AgreementViews.ApplicationView application(@PathParam("applicationId") long id) {
        return AgreementViews.ApplicationView.of(board.application(id));
    }

    @POST
    @Path("applications/{applicationId}/decision")
    @Operation(summary = "The school accepts (a mobility draft is made) or declines with a reason, with the version last read")
    public AgreementViews.ApplicationView decide(@PathParam("applicationId") long id, ApplicationDecision decision) {
        return AgreementViews.ApplicationView.of(board.decide(id, required(decision)));
    }
}
