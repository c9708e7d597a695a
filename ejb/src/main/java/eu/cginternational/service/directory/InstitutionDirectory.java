package eu.cginternational.service.directory;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.service.error.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public facts of institutions (name, type, country, city) for pickers in forms. Institutions
 * are the project's partners and their hosts, not personal data, so every role may look them up.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
        Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
public class InstitutionDirectory {

    private static final int MAX_SUGGESTIONS = 50;

    @PersistenceContext
    EntityManager em;

    public Institution get(long id) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new NotFoundException("institution.not_found", id);
        }
        return institution;
    }

    /** Active institutions whose name contains the text, optionally outside one country; at most {@code max}. */
    public List<Institution> search(String text, String excludedCountryCode, int max) {
        return named(text, excludedCountryCode, EnumSet.allOf(InstitutionType.class), max);
    }

    /**
     * Active institutions that can host a mobility ({@link Mobility#hostRole}) whose name contains the text, outside
     * the sending school's country; at most {@code max}. A ministry is not offered: nobody there would sign as host.
     */
    public List<Institution> hosts(String text, String sendingCountryCode, int max) {
        Set<InstitutionType> hosting = EnumSet.noneOf(InstitutionType.class);
        for (InstitutionType type : InstitutionType.values()) {
            Mobility.hostRole(type).ifPresent(role -> hosting.add(type));
        }
        return named(text, sendingCountryCode, hosting, max);
    }

    private List<Institution> named(String text, String excludedCountryCode, Set<InstitutionType> types, int max) {
        return em.createQuery("SELECT i FROM Institution i JOIN FETCH i.country WHERE i.active = :active"
                        + " AND i.type IN :types AND LOCATE(:text, LOWER(i.name)) > 0 AND i.country.code <> :excluded"
                        + " ORDER BY i.name", Institution.class)
                .setParameter("active", true)
                .setParameter("types", types)
                .setParameter("text", text == null ? "" : text.trim().toLowerCase(Locale.ROOT))
                .setParameter("excluded", excludedCountryCode == null ? "" : excludedCountryCode)
                .setMaxResults(Math.min(Math.max(max, 1), MAX_SUGGESTIONS))
                .getResultList();
    }

    /** The active VET schools, by country and name: a visitor asking for an account chooses theirs. */
    @PermitAll
    public List<Institution> schools() {
        return em.createQuery("SELECT i FROM Institution i JOIN FETCH i.country WHERE i.active = :active AND i.type = :type"
                        + " ORDER BY i.country.code, i.name", Institution.class)
                .setParameter("active", true)
                .setParameter("type", InstitutionType.VET_SCHOOL)
                .getResultList();
    }

    /** Reference data, shown on pages that visitors open too (the research and policy register). */
    @PermitAll
    public List<Country> countries() {
        return em.createNamedQuery("Country.all", Country.class).getResultList();
    }
}
