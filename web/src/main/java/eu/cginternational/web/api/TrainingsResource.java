package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.training.CatalogueRow;
import eu.cginternational.service.training.TrainingAttendance;
import eu.cginternational.service.training.TrainingCatalogue;
import eu.cginternational.service.training.TrainingCertificates;
import eu.cginternational.service.training.TrainingDashboard;
import eu.cginternational.service.training.TrainingDocuments;
import eu.cginternational.service.training.TrainingDraft;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.service.training.TrainingRoster;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The training catalogue and registering for a training. */
@Path("trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingsResource {

    private static final Set<String> FILTERS = Set.of("language", "mode", "topic", "open");
    private static final Set<String> SEAT_FILTERS = Set.of("participant");
    private static final Set<String> REGISTRATION_FILTERS = Set.of("participant", "school", "status");

    @Inject
    TrainingCatalogue catalogue;

    @Inject
    TrainingRegistrations registrations;

    @Inject
    TrainingAttendance attendance;

    @Inject
    TrainingCertificates certificates;

    @Inject
    TrainingDashboard dashboard;

    @Inject
    TrainingRoster roster;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The catalogue, paged (page, size, sort: title, registrationCloses, capacity) and filtered"
            + " (language EN|SQ|CNR, mode ONLINE|ON_SITE|BLENDED, topic text, open=true), with the seats left")
    public ListResult<TrainingViews.Summary> list() {
        Page<CatalogueRow> page = catalogue.page(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(TrainingViews.Summary::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One training with its sessions, seats left, waiting-list length and, for school staff,"
            + " the caller's own registration and the actions they can take now")
    public TrainingViews.Detail get(@PathParam("id") long id) {
        return detail(id);
    }

    @POST
    @Operation(summary = "Add a training to the catalogue (coordinator)")
    public Response create(TrainingDraft draft) {
        Training training = catalogue.create(required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(training.getId().toString()).build())
                .entity(detail(training.getId())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a training (coordinator); version must be the one last read (409 otherwise)")
    public TrainingViews.Detail revise(@PathParam("id") long id, TrainingDraft draft) {
        return detail(catalogue.revise(id, required(draft)).getId());
    }

    @POST
    @Path("{id}/registrations")
    @Operation(summary = "Register (no body or {}) or, as a school administrator, nominate a teacher of the own school"
            + " ({\"participantId\": n}); 201 with the status REGISTERED, WAITLISTED or PENDING_APPROVAL and the position")
    public Response register(@PathParam("id") long id, TrainingViews.RegistrationRequest request) {
        Registration registration = registrations.register(id, request == null ? null : request.getParticipantId());
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(registration.getId().toString()).build())
                .entity(TrainingViews.RegistrationView.of(registration)).build();
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "Coordinator and ministry: seats filled, waiting lists, attendance and completion by school"
            + " of the participants (a ministry: its own country only)")
    public List<TrainingViews.Figures> dashboard() {
        return dashboard.bySchool().stream().map(TrainingViews.Figures::of).toList();
    }

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "Provider (coordinator or staff of the provider institution): the attendance sheet, the"
            + " completion rule (share of sessions in percent), whether the training is closed, its sessions and a page of"
            + " its seats with their marks (page, size, sort: participant; filter: participant) and their total; 403 for others")
    public TrainingViews.Sheet sheet(@PathParam("id") long id) {
        return TrainingViews.Sheet.of(attendance.sheet(id), roster.seats(id, Paging.of(uri, SEAT_FILTERS)));
    }

    @PUT
    @Path("{id}/attendance/{sessionId}/{registrationId}")
    @Operation(summary = "Provider: mark a person holding a seat present or absent ({\"present\": true|false}) at a"
            + " session that has started; marking again corrects it; 422 once the training is closed. Returns the seat's row")
    public TrainingViews.SheetRow mark(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
            @PathParam("registrationId") long registrationId, TrainingViews.Mark mark) {
        if (required(mark).getPresent() == null) {
            throw new InvalidRequest("api.request.present_required");
        }
        Registration seat = attendance.mark(id, sessionId, registrationId, mark.getPresent()).getRegistration();
        return TrainingViews.SheetRow.of(attendance.sheet(id), seat);
    }

    @GET
    @Path("{id}/registrations")
    @Operation(summary = "Provider: the training's registrations in every status with the sessions attended, paged (page,"
            + " size, sort: participant, school or status) and filtered (participant, school, status)")
    public ListResult<TrainingViews.RosterRow> registrations(@PathParam("id") long id) {
        Page<TrainingRoster.RegistrationRow> page = roster.registrations(id, Paging.of(uri, REGISTRATION_FILTERS));
        return new ListResult<>(page.items().stream().map(TrainingViews.RosterRow::of).toList(), page.total());
    }

    @POST
    @Path("{id}/closing")
    @Operation(summary = "Provider: close the training after its last session; those whose attendance meets the"
            + " completion rule complete and get a certificate; returns them")
    public List<TrainingViews.RegistrationView> close(@PathParam("id") long id) {
        return attendance.close(id).stream().map(TrainingViews.RegistrationView::of).toList();
    }

    @GET
    @Path("{id}/feedback")
    @Operation(summary = "Provider: the number of ratings and their average")
    public TrainingAttendance.FeedbackSummary feedback(@PathParam("id") long id) {
        return attendance.feedback(id);
    }

    @GET
    @Path("{id}/feedback/comments")
    @Operation(summary = "Provider: the participants' comments with their ratings, newest first, paged (page, size,"
            + " sort: givenAt or rating)")
    public ListResult<TrainingViews.Comment> comments(@PathParam("id") long id) {
        Page<TrainingRoster.FeedbackComment> page = roster.comments(id, Paging.of(uri, Set.of()));
        return new ListResult<>(page.items().stream().map(TrainingViews.Comment::of).toList(), page.total());
    }

    @GET
    @Path("{id}/calendar")
    @Produces({TrainingDocuments.CALENDAR_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The training's sessions as an iCalendar (.ics) file, each in its own time zone")
    public Response calendar(@PathParam("id") long id) {
        return calendarFile(certificates.calendarOfTraining(id), "training-" + id + ".ics");
    }

    /** An iCalendar file as a download under its own name. */
    static Response calendarFile(byte[] ics, String fileName) {
        return Response.ok(ics, TrainingDocuments.CALENDAR_MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** The training as read now, its seats counted by the database (also after a change, which the count then includes). */
    private TrainingViews.Detail detail(long id) {
        CatalogueRow row = catalogue.row(id);
        boolean staff = security.isUserInRole("TEACHER") || security.isUserInRole("SCHOOL_ADMIN");
        Registration mine = staff ? registrations.myRegistration(id).orElse(null) : null;
        return TrainingViews.Detail.of(row, mine, staff ? registrations.actionsFor(row.getTraining()) : Set.of());
    }
}
