package eu.cginternational.web.api;

import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.training.TrainingCertificates;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The public check of a training certificate by its verification code, without signing in: whose it
 * is, which training, from whom and since when; 404 when the code matches no certificate.
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    @Inject
    TrainingCertificates certificates;

    @GET
    @Path("{code}")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Public: confirm a training certificate by its"
            + " verification code (XXXX-XXXX-XXXX, case and dashes ignored); 404 when it matches none")
    public TrainingCertificates.Verified verify(@PathParam("code") String code) {
        return certificates.verify(code).orElseThrow(() -> new NotFoundException("certificate.not_found", code));
    }
}
