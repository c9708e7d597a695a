package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.service.account.AccountRequestDraft;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.service.query.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Requests for an account: anyone files one (without signing in); a school's administrators list, confirm and decline
 * their school's, coordinators every school's. The same rules as the pages.
 */
@Path("account-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountRequestsResource {

    private static final Set<String> FILTERS = Set.of("fullName", "email", "username", "role", "school", "schoolName", "country");

    @Inject
    AccountRequests requests;

    @Context
    UriInfo uri;

    /** A request as its school's administrators and the coordinators see it. */
    public record RequestView(Long id, String fullName, String email, String username, String role, String language,
            Instant requestedAt, Long schoolId, String schoolName, String country) {
        static RequestView of(AccountRequest r) {
            return new RequestView(r.getId(), r.getFullName(), r.getEmail(), r.getUsername(), r.getRole().name(),
                    r.getLanguage().name(), r.getCreatedAt(), r.getSchool().getId(), r.getSchool().getName(),
                    r.getSchool().getCountryCode());
        }
    }

    /** Why a request is declined, for the person to read. */
    public record Declining(String reason) {
    }

    @POST
    @Operation(summary = "Ask for a teacher's or a student's account at a school (no sign-in): 202 whether or not the"
            + " address is known already; 422 for invalid input or a username taken")
    public Response submit(AccountRequestDraft draft) {
        requests.submit(required(draft));
        return Response.accepted().build();
    }

    @GET
    @Operation(summary = "The requests waiting at the caller's school (school administrators) or at every school"
            + " (coordinators), paged (page, size, sort) and filtered (fullName, email, username, role; school (its id),"
            + " schoolName, country)")
    public ListResult<RequestView> list() {
        Page<AccountRequest> page = requests.page(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(RequestView::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request waiting at the caller's school (at any, for a coordinator)")
    public RequestView get(@PathParam("id") long id) {
        return RequestView.of(requests.get(id));
    }

    @POST
    @Path("{id}/confirmation")
    @Operation(summary = "Confirm: the account is made and its owner e-mailed a link to choose a password (201);"
            + " 404 when the request is no longer waiting")
    public Response confirm(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(Views.UserView.of(requests.confirm(id))).build();
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline with a reason, which the person gets by e-mail (204); the request is deleted")
    public Response decline(@PathParam("id") long id, Declining declining) {
        requests.decline(id, required(declining).reason());
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Discard several requests at once (?id=1&id=2, at most 200), all or none: 204, or 404 when one is"
            + " not waiting at the caller's school (nothing is discarded then); 400 for an empty id; nothing is sent to"
            + " their addresses")
    public Response discardAll(@QueryParam("id") List<Long> ids) {
        // An empty value (?id=) arrives as null: it names no request, and the service would fail on it.
        if (ids.contains(null)) {
            throw new InvalidRequest("account_request.id_empty");
        }
        requests.discardAll(ids);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Discard a request that nobody of the school made (204): it is deleted and nothing is sent to"
            + " its address")
    public Response discard(@PathParam("id") long id) {
        requests.discard(id);
        return Response.noContent().build();
    }
}
