package eu.cginternational.web.view.mobilities;

import eu.cginternational.domain.grant.GrantEstimate;
import eu.cginternational.service.grant.GrantEstimates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "Grant estimate" section of {@code /mobilities/mobility.xhtml}: the estimate of the mobility
 * the page shows, computed once per request from the mobility and the rates as they stand now.
 */
@Named
@RequestScoped
public class MobilityGrantBacking {

    @Inject
    GrantEstimates estimates;

    @Inject
    MobilityBacking page;

    private GrantEstimate estimate;

    public GrantEstimate getEstimate() {
        if (estimate == null && page.getId() != null) {
            estimate = estimates.of(page.getId());
        }
        return estimate;
    }
}
