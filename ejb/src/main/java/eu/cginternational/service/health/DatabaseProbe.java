package eu.cginternational.service.health;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads the database for the readiness check. An EJB of this module, because Payara runs health
 * checks in the web module's context, where the persistence unit is not in reach of a CDI bean.
 */
@Stateless
@PermitAll
public class DatabaseProbe {

    @PersistenceContext
    EntityManager em;

    public long countries() {
        return em.createQuery("SELECT COUNT(c) FROM Country c", Long.class).getSingleResult();
    }
}
