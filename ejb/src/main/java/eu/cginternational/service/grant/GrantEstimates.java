package eu.cginternational.service.grant;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.grant.GrantEstimate;
import eu.cginternational.domain.grant.GrantRequest;
import eu.cginternational.domain.grant.RateTable;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.service.mobility.MobilityService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The Erasmus+ grant estimate of a mobility, computed on every read. The mobility is read through
 * {@link MobilityService#get(long)}, so the scope rules of reading it apply unchanged: outside them
 * the mobility, and so its estimate, does not exist for the caller. The host reads it without the
 * inclusion support, which would tell that the participant has fewer opportunities.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
        Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
public class GrantEstimates {

    @PersistenceContext
    EntityManager em;

    @Inject
    MobilityService mobilities;

    /** The estimate of the mobility from the rates of its start year, else of the latest earlier year. */
    public GrantEstimate of(long mobilityId) {
        Mobility mobility = mobilities.get(mobilityId);
        GrantRequest request = GrantRequest.of(mobility);
        GrantEstimate estimate = GrantEstimate.from(request, applicableIn(request.startYear()));
        return mobilities.seesOnlyAsHost(mobility) ? estimate.withholdingInclusion() : estimate;
    }

    private Optional<RateTable> applicableIn(int year) {
        return em.createNamedQuery("RateTable.upToYear", RateTable.class)
                .setParameter("year", year)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
