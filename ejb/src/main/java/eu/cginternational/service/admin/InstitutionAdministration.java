package eu.cginternational.service.admin;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.ListTotals;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

/** The coordinator's register of institutions, and the look-ups other forms need from it. */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class InstitutionAdministration {

    private static final Listing<Institution> LISTING = Listing.of(Institution.class)
            .textFilter("name", root -> root.get("name"))
            .textFilter("city", root -> root.get("city"))
            .filter("type", (cb, root, value) -> cb.equal(root.get("type"), InstitutionType.valueOf(value)))
            .filter("country", (cb, root, value) -> cb.equal(root.get("countryCode"), value))
            .filter("active", (cb, root, value) -> cb.equal(root.get("active"), Boolean.parseBoolean(value)))
            .sort("name", root -> root.get("name"))
            .sort("type", root -> root.get("type"))
            .sort("country", root -> root.get("countryCode"))
            .sort("city", root -> root.get("city"))
            .sort("active", root -> root.get("active"))
            .fetch(root -> root.fetch("country", JoinType.INNER))
            .defaultSort("name", true);

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    ListTotals totals;

    public Page<Institution> page(PageRequest request) {
        return LISTING.page(em, request);
    }

    public List<Institution> list(PageRequest request) {
        return LISTING.items(em, request);
    }

    public long count(Map<String, String> filters) {
        return LISTING.count(em, filters);
    }

    public Institution get(long id) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new NotFoundException("institution.not_found", id);
        }
        return institution;
    }

    public Institution create(InstitutionDraft draft) {
        validator.validate(draft);
        Country country = countryOf(draft);
        requireNameFree(draft.getName(), null);
        Institution institution = new Institution(draft.getName(), draft.getType(), country, draft.getCity(),
                new GeoPoint(draft.getLatitude(), draft.getLongitude()));
        institution.markRural(draft.isRural());
        em.persist(institution);
        flushOrReportConflict(em);
        audit.record(AuditEventType.INSTITUTION_CREATED, institution.getName(), null);
        log.log(java.util.logging.Level.INFO, "Institution {0} created", institution.getName());
        return institution;
    }

    public Institution update(long id, InstitutionDraft draft) {
        validator.validate(draft);
        Institution institution = current(id, draft.getVersion());
        Country country = countryOf(draft);
        requireNameFree(draft.getName(), institution);
        boolean moved = !institution.getCountry().getCode().equals(country.getCode());
        // Read before the change: a query after it would flush it early, outside flushOrReportConflict.
        List<UserAccount> accounts = institution.getType() == draft.getType() ? List.of() : activeAccountsOf(institution);
        institution.describe(draft.getName(), draft.getType(), country, draft.getCity(),
                new GeoPoint(draft.getLatitude(), draft.getLongitude()));
        institution.markRural(draft.isRural());
        requireRolesFitNewType(accounts);
        flushOrReportConflict(em);
        if (moved) {
            // A corrected country moves the school's mobilities to the other ministry's list.
            em.createQuery("UPDATE Mobility m SET m.sendingCountryCode = :country WHERE m.sendingSchool = :school")
                    .setParameter("country", country.getCode()).setParameter("school", institution).executeUpdate();
            totals.changed(Mobility.class); // a bulk update passes no entity listener
            // and the agreements it is involved in, which a ministry's list finds by their copy of the countries
            em.createQuery("SELECT a FROM Agreement a WHERE :institution MEMBER OF a.involved", Agreement.class)
                    .setParameter("institution", institution).getResultList()
                    .forEach(Agreement::followInvolvedCountries);
            flushOrReportConflict(em);
        }
        audit.record(AuditEventType.INSTITUTION_UPDATED, institution.getName(), null);
        return institution;
    }

    /**
     * Places nobody at the institution anew. An inactive one is refused (422) like every step that would change
     * nothing, so a repeated one records nothing again.
     */
    public Institution deactivate(long id, Long version) {
        Institution institution = current(id, version);
        RejectedException.unlessRuleBroken("institution.rule.", () -> {
            institution.deactivate();
            return institution;
        });
        flushOrReportConflict(em);
        audit.record(AuditEventType.INSTITUTION_DEACTIVATED, institution.getName(), null);
        return institution;
    }

    /** An active institution is refused (422), so a repeated step records nothing again. */
    public Institution activate(long id, Long version) {
        Institution institution = current(id, version);
        RejectedException.unlessRuleBroken("institution.rule.", () -> {
            institution.activate();
            return institution;
        });
        flushOrReportConflict(em);
        audit.record(AuditEventType.INSTITUTION_ACTIVATED, institution.getName(), null);
        return institution;
    }

    /**
     * The institution at the version the coordinator saw, its row locked until the change is saved, so read from the
     * database rather than the shared cache. An account made or moved there, or a request for an account confirmed
     * there, locks it too ({@link UserAdministration}, {@code AccountRequests.confirm}): a new type then waits for the
     * account and finds it among the institution's, or the account waits and is held to the new type; an account is not
     * placed at an institution at the moment it is deactivated.
     */
    private Institution current(long id, Long versionSeen) {
        Institution institution = em.find(Institution.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (institution == null) {
            throw new NotFoundException("institution.not_found", id);
        }
        if (!Objects.equals(versionSeen, institution.getVersion())) {
            throw new ConcurrentChangeException();
        }
        return institution;
    }

    private List<UserAccount> activeAccountsOf(Institution institution) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.institution = :institution AND u.active = TRUE",
                        UserAccount.class)
                .setParameter("institution", institution).getResultList();
    }

    /**
     * Refuses a new type while active accounts of the institution hold roles that do not fit it, by the rule an
     * account's own edit is held to: otherwise those accounts could no longer be saved, whatever was changed. Their
     * roles are changed, or they are deactivated, first; a deactivated account is activated again only with fitting
     * roles (the account's own rule). The institution is already described with the new type, and the refusal rolls
     * the change back.
     */
    private void requireRolesFitNewType(List<UserAccount> accounts) {
        List<UserAccount> misfits = accounts.stream().filter(a -> !a.rolesNotFittingInstitution().isEmpty()).toList();
        if (!misfits.isEmpty()) {
            Set<Role> roles = misfits.stream().flatMap(a -> a.rolesNotFittingInstitution().stream())
                    .collect(Collectors.toSet());
            throw validator.invalid("type", "institution.type.roles_not_fitting", UserAdministration.names(roles),
                    misfits.size());
        }
    }

    private Country countryOf(InstitutionDraft draft) {
        Country country = em.find(Country.class, draft.getCountryCode());
        if (country == null) {
            throw validator.invalid("countryCode", "institution.country.unknown");
        }
        return country;
    }

    private void requireNameFree(String name, Institution self) {
        boolean taken = em.createQuery("SELECT i FROM Institution i WHERE LOWER(i.name) = LOWER(:name)", Institution.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(other -> !other.equals(self));
        if (taken) {
            throw validator.invalid("name", "institution.name.taken");
        }
    }
}
