package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.guidance.ActionStatus;
import eu.cginternational.domain.guidance.GuidanceSession;
import eu.cginternational.domain.guidance.PlannedAction;
import eu.cginternational.service.guidance.Counselling;
import eu.cginternational.service.guidance.StudentGuidance;
import eu.cginternational.service.query.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Counselling over the API, with the rules of the pages: the staff of a student's school and the
 * student read the guidance (a private note only for the school's teachers); teachers record
 * sessions and plan actions; the student or a teacher marks actions done. Outside the school: 404.
 */
@Path("students")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentGuidanceResource {

    private static final Set<String> CASELOAD_FILTERS = Set.of("fullName", "username");

    @Inject
    Counselling counselling;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Teachers and school administrators: the caseload, the active students of the own school by name,"
            + " paged (page, size, sort: fullName or username) and filtered (fullName, username)")
    public ListResult<CounsellingViews.Student> caseload() {
        Page<UserAccount> page = counselling.caseload(Paging.of(uri, CASELOAD_FILTERS));
        return new ListResult<>(page.items().stream().map(CounsellingViews.Student::of).toList(), page.total());
    }

    @GET
    @Path("{id}/guidance")
    @Operation(summary = "A student's sessions and action plan, for the staff of the student's school and the student (404 otherwise)")
    public StudentGuidance guidance(@PathParam("id") long id) {
        return counselling.guidance(id);
    }

    @POST
    @Path("{id}/guidance/sessions")
    @Operation(summary = "Teachers: record a session with a student of the own school (heldOn, topics, notes, privateNote)")
    public Response recordSession(@PathParam("id") long id, CounsellingViews.SessionInput input) {
        required(input);
        GuidanceSession session = counselling.recordSession(id, input.heldOn, input.topics, input.notes, input.privateNote);
        return Response.created(uri.getBaseUriBuilder().path("students").path(Long.toString(id)).path("guidance").build())
                .entity(Map.of("id", session.getId())).build();
    }

    @PUT
    @Path("{id}/guidance/goals")
    @Operation(summary = "Teachers: set the goals of a student's action plan with the planVersion last read (0 while there"
            + " was no plan): 422 without it, 409 when stale, also when a plan was made meanwhile")
    public StudentGuidance setGoals(@PathParam("id") long id, CounsellingViews.GoalsInput input) {
        required(input);
        counselling.setGoals(id, input.goals, input.version);
        return counselling.guidance(id);
    }

    @POST
    @Path("{id}/guidance/actions")
    @Operation(summary = "Teachers: add an action with its due date to a student's plan")
    public Response addAction(@PathParam("id") long id, CounsellingViews.ActionInput input) {
        required(input);
        PlannedAction action = counselling.addAction(id, input.description, input.dueOn);
        return Response.created(uri.getAbsolutePathBuilder().path(action.getId().toString()).build())
                .entity(Map.of("id", action.getId(), "status", action.getStatus().name())).build();
    }

    @PATCH
    @Path("{id}/guidance/actions/{action}")
    @Operation(summary = "The student (own plan) or a teacher of the school: {\"status\": \"DONE\"|\"OPEN\", \"version\": n}"
            + " with the action's version last read: 422 without it, 409 when stale")
    public Map<String, Object> markAction(@PathParam("id") long id, @PathParam("action") long actionId,
            CounsellingViews.StatusChange change) {
        required(change);
        PlannedAction action = counselling.markAction(id, actionId, status(change.status), change.version);
        return Map.of("id", action.getId(), "status", action.getStatus().name(), "version", action.getVersion());
    }

    private static ActionStatus status(String value) {
        try {
            return ActionStatus.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("api.request.action_status");
        }
    }
}
