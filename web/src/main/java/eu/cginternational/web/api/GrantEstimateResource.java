package eu.cginternational.web.api;

import eu.cginternational.service.grant.GrantEstimates;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The grant estimate of a mobility, for whoever may read the mobility. */
@Path("mobilities/{id}/grant-estimate")
@Produces(MediaType.APPLICATION_JSON)
public class GrantEstimateResource {

    @Inject
    GrantEstimates estimates;

    @GET
    @Operation(summary = "The Erasmus+ grant estimate of a mobility with its breakdown: distance and travel band,"
            + " travel, funded days, individual support, inclusion support, total; parts without a rate say so")
    public GrantViews.Estimate get(@PathParam("id") long id) {
        return GrantViews.Estimate.of(id, estimates.of(id));
    }
}
