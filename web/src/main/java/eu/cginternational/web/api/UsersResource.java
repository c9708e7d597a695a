package eu.cginternational.web.api;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.admin.UserDraft;
import eu.cginternational.service.privacy.Anonymisation;
import eu.cginternational.service.privacy.PersonalDataExport;
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

/** Accounts, for coordinators: the same rules as the administration pages. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final Set<String> FILTERS = Set.of("username", "fullName", "email", "institution", "role", "active");

    @Inject
    UserAdministration users;

    @Inject
    PersonalDataExport export;

    @Inject
    Anonymisation anonymisation;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Accounts, paged (page, size, sort) and filtered (username, fullName, email, institution, role, active)")
    public ListResult<Views.UserView> list() {
        Page<UserAccount> page = users.page(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(Views.UserView::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public Views.UserView get(@PathParam("id") long id) {
        return Views.UserView.of(users.get(id));
    }

    @GET
    @Path("{id}/data")
    @Operation(summary = "The records the platform holds about the account's owner, as a JSON file (a request made outside the platform)")
    public Response data(@PathParam("id") long id) {
        return PersonalDataFile.of(export.of(id));
    }

    @POST
    @Operation(summary = "Create an account; its owner is e-mailed a link to choose a password")
    public Response create(UserDraft draft) {
        UserAccount account = users.create(required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(account.getId().toString()).build())
                .entity(Views.UserView.of(account)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account; version must be the one last read (409 otherwise)")
    public Views.UserView update(@PathParam("id") long id, UserDraft draft) {
        return Views.UserView.of(users.update(id, required(draft)));
    }

    @POST
    @Path("{id}/deactivation")
    @Operation(summary = "Deactivate an account (accounts are never deleted)")
    public Views.UserView deactivate(@PathParam("id") long id, Views.VersionSeen seen) {
        return Views.UserView.of(users.deactivate(id, required(seen).version()));
    }

    @POST
    @Path("{id}/activation")
    @Operation(summary = "Activate a deactivated account")
    public Views.UserView activate(@PathParam("id") long id, Views.VersionSeen seen) {
        return Views.UserView.of(users.activate(id, required(seen).version()));
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift a lockout after failed sign-ins")
    public Views.UserView unlock(@PathParam("id") long id, Views.VersionSeen seen) {
        return Views.UserView.of(users.unlock(id, required(seen).version()));
    }

    @POST
    @Path("{id}/welcome")
    @Operation(summary = "Send a new link to choose a password to someone who has not signed in yet (422 once they have);"
            + " the links sent before stop working")
    public Views.UserView sendWelcomeAgain(@PathParam("id") long id, Views.VersionSeen seen) {
        return Views.UserView.of(users.sendWelcomeAgain(id, required(seen).version()));
    }

    @POST
    @Path("{id}/anonymisation")
    @Operation(summary = "Anonymise a deactivated account on its owner's request: what names the person goes, the records"
            + " the programme reports on stay under a pseudonym; documents signed on the platform stay as signed")
    public Views.UserView anonymise(@PathParam("id") long id, Views.VersionSeen seen) {
        return Views.UserView.of(anonymisation.anonymise(id, required(seen).version()));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequest("api.request.body_required");
        }
        return body;
    }
}
