package eu.cginternational.web.api;

import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.mobility.LearningAgreementService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The certificate of a completed mobility, within the caller's scope. */
@Path("mobilities/{id}/certificate")
public class CertificateResource {

    @Inject
    LearningAgreementService agreements;

    @GET
    @Produces({Pdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The certificate of mobility as PDF, in the participant's language;"
            + " 422 while the mobility is not completed")
    public Response certificate(@PathParam("id") long id) {
        return LearningAgreementResource.download(agreements.certificate(id));
    }
}
