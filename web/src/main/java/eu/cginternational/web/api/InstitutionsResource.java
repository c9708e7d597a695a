package eu.cginternational.web.api;

import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.admin.InstitutionAdministration;
import eu.cginternational.service.admin.InstitutionDraft;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static eu.cginternational.web.api.UsersResource.required;

/** Institutions, for coordinators: the same rules as the administration pages. */
@Path("institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionsResource {

    private static final Set<String> FILTERS = Set.of("name", "city", "type", "country", "active");

    @Inject
    InstitutionAdministration institutions;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Institutions, paged (page, size, sort) and filtered (name, city, type, country, active)")
    public ListResult<Views.InstitutionView> list() {
        Page<Institution> page = institutions.page(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(Views.InstitutionView::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One institution")
    public Views.InstitutionView get(@PathParam("id") long id) {
        return Views.InstitutionView.of(institutions.get(id));
    }

    @POST
    @Operation(summary = "Register an institution")
    public Response create(InstitutionDraft draft) {
        Institution institution = institutions.create(required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(institution.getId().toString()).build())
                .entity(Views.InstitutionView.of(institution)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an institution; version must be the one last read (409 otherwise)")
    public Views.InstitutionView update(@PathParam("id") long id, InstitutionDraft draft) {
        return Views.InstitutionView.of(institutions.update(id, required(draft)));
    }

    @POST
    @Path("{id}/deactivation")
    @Operation(summary = "Deactivate an institution (institutions are never deleted)")
    public Views.InstitutionView deactivate(@PathParam("id") long id, Views.VersionSeen seen) {
        return Views.InstitutionView.of(institutions.deactivate(id, required(seen).version()));
    }

    @POST
    @Path("{id}/activation")
    @Operation(summary = "Activate a deactivated institution")
    public Views.InstitutionView activate(@PathParam("id") long id, Views.VersionSeen seen) {
        return Views.InstitutionView.of(institutions.activate(id, required(seen).version()));
    }
}
