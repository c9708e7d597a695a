package eu.cginternational.web.api;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.training.FeedbackDraft;
import eu.cginternational.service.training.TrainingCertificates;
import eu.cginternational.service.training.TrainingDocuments;
import eu.cginternational.service.training.TrainingRegistrations;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's training registrations; the school administrator's decisions on requests of their school. */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

    private static final Set<String> FILTERS = Set.of("status", "training");

    @Inject
    TrainingRegistrations registrations;

    @Inject
    TrainingCertificates certificates;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's own registrations, paged (page, size) and filtered (status, training text)")
    public ListResult<TrainingViews.RegistrationView> mine() {
        Page<Registration> page = registrations.mine(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(TrainingViews.RegistrationView::of).toList(), page.total());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Give up one's seat (until the cancellation deadline, 422 after), leave the waiting list or"
            + " withdraw a request; a freed seat goes to the first on the waiting list")
    public TrainingViews.RegistrationView cancel(@PathParam("id") long id) {
        return TrainingViews.RegistrationView.of(registrations.cancel(id));
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "School administrator: approve a request of the own school (seat, or waiting list when full)")
    public TrainingViews.RegistrationView approve(@PathParam("id") long id) {
        return TrainingViews.RegistrationView.of(registrations.approve(id));
    }

    @POST
    @Path("{id}/refusal")
    @Operation(summary = "School administrator: decline a request of the own school")
    public TrainingViews.RegistrationView decline(@PathParam("id") long id) {
        return TrainingViews.RegistrationView.of(registrations.decline(id));
    }

    @GET
    @Path("{id}/certificate")
    @Produces({Pdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The certificate of one's own completed registration as PDF, in one's language, with its"
            + " verification code; 422 while not completed, 404 for another person's registration")
    public Response certificate(@PathParam("id") long id) {
        return LearningAgreementResource.download(certificates.certificate(id));
    }

    @GET
    @Path("{id}/calendar")
    @Produces({TrainingDocuments.CALENDAR_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The sessions of one's own registration's training as an iCalendar (.ics) file")
    public Response calendar(@PathParam("id") long id) {
        return TrainingsResource.calendarFile(certificates.calendarOfRegistration(id), "registration-" + id + ".ics");
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave feedback on one's training ({\"rating\": 1-5, \"comment\": text}): once, after the"
            + " last session, with a seat; 422 otherwise")
    public TrainingViews.RegistrationView feedback(@PathParam("id") long id, FeedbackDraft feedback) {
        return TrainingViews.RegistrationView.of(registrations.leaveFeedback(id, UsersResource.required(feedback)));
    }
}
