package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.guidance.Audience;
import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.domain.guidance.ResourceKind;
import eu.cginternational.domain.guidance.ResourceStatus;
import eu.cginternational.service.guidance.ResourceDraft;
import eu.cginternational.service.guidance.ResourceLibrary;
import eu.cginternational.service.query.Page;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The guidance resource library: search for everyone signed in; teachers and coordinators add, coordinators publish. */
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    private static final Set<String> FILTERS = Set.of("q", "audience", "topic", "language", "kind", "status");

    @Inject
    ResourceLibrary library;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Published resources (and one's own drafts; all for coordinators), paged (page, size, sort ="
            + " title|publishedAt|updatedAt) and filtered: q (every word), audience, topic, language, kind, status")
    public ListResult<CounsellingViews.ResourceSummary> search() {
        Page<GuidanceResource> page = library.search(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(CounsellingViews.ResourceSummary::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One resource with its sanitised body")
    public CounsellingViews.ResourceDetail get(@PathParam("id") long id) {
        GuidanceResource resource = library.get(id);
        return new CounsellingViews.ResourceDetail(CounsellingViews.ResourceSummary.of(resource), library.body(id));
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The uploaded file of a resource, as an attachment with its checked type")
    public Response file(@PathParam("id") long id) {
        GuidanceResource.File file = library.file(id);
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @POST
    @Operation(summary = "Add a resource as a draft (coordinators, teachers): body, link or file {name, base64}")
    public Response create(CounsellingViews.ResourceInput input) {
        GuidanceResource resource = library.create(draft(required(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(resource.getId().toString()).build())
                .entity(CounsellingViews.ResourceSummary.of(resource)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a resource (coordinators; authors their own draft); version last read, 409 when stale")
    public CounsellingViews.ResourceSummary revise(@PathParam("id") long id, CounsellingViews.ResourceInput input) {
        return CounsellingViews.ResourceSummary.of(library.revise(id, draft(required(input))));
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Coordinators: {\"status\": \"PUBLISHED\"|\"ARCHIVED\", \"version\": n}; 422 for a step the life of a resource does not allow")
    public CounsellingViews.ResourceSummary move(@PathParam("id") long id, CounsellingViews.StatusChange change) {
        required(change);
        return CounsellingViews.ResourceSummary.of(library.moveTo(id, parse(change.status, ResourceStatus::valueOf, "status"),
                change.version));
    }

    private static ResourceDraft draft(CounsellingViews.ResourceInput input) {
        ResourceDraft draft = new ResourceDraft();
        draft.setTitle(input.title);
        draft.setSummary(input.summary);
        draft.setKind(input.kind == null ? null : parse(input.kind, ResourceKind::valueOf, "kind"));
        draft.setLanguage(input.language == null ? null : parse(input.language, Language::valueOf, "language"));
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        if (input.audiences != null) {
            input.audiences.forEach(a -> audiences.add(parse(a, Audience::valueOf, "audiences")));
        }
        draft.setAudiences(audiences);
        draft.setTopics(input.topics == null ? List.of() : input.topics);
        draft.setBody(input.body);
        draft.setLink(input.link);
        draft.setVersion(input.version);
        if (input.file != null && input.file.base64 != null) {
            try {
                draft.setFile(input.file.name, Base64.getMimeDecoder().decode(input.file.base64));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("api.request.not_base64");
            }
        }
        return draft;
    }

    private static <E> E parse(String value, Function<String, E> valueOf, String field) {
        try {
            return valueOf.apply(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("api.request.unknown_value", field, value);
        }
    }
}
