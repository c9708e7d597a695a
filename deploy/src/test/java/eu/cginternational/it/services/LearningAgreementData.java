package eu.cginternational.it.services;

import eu.cginternational.domain.learning.LearningAgreement;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads learning agreements directly, so that a test sees what was stored without the rules it tests. */
@Stateless
@PermitAll
public class LearningAgreementData {

    @PersistenceContext
    EntityManager em;

    /** The agreement of the mobility with its versions as stored. */
    public Optional<LearningAgreement> of(long mobilityId) {
        Optional<LearningAgreement> agreement = em.createQuery(
                        "SELECT a FROM LearningAgreement a WHERE a.mobility.id = :id", LearningAgreement.class)
                .setParameter("id", mobilityId)
                .getResultStream().findFirst();
        agreement.ifPresent(a -> a.getVersions().forEach(v -> v.getMadeBy().getUsername()));
        return agreement;
    }
}
