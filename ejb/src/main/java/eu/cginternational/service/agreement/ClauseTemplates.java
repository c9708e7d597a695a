package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.agreement.ClauseTemplate;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

/**
 * The clause templates agreements are written from. Coordinators write and retire them; whoever
 * drafts an agreement reads the active ones. A change never reaches an agreement that copied the
 * clause before.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOL_ADMIN, Role.Names.PARTNER})
public class ClauseTemplates {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    /**
     * The templates one can add to an agreement, in the order they were written, with those its draft holds already:
     * a draft keeps a clause whose template was retired since (see {@link AgreementService#revise}).
     */
    public List<ClauseTemplate> offeredWith(Collection<Long> held) {
        List<ClauseTemplate> offered = new ArrayList<>(em.createQuery(
                        "SELECT t FROM ClauseTemplate t WHERE t.active = :active ORDER BY t.id", ClauseTemplate.class)
                .setParameter("active", true)
                .getResultList());
        held.stream().filter(Objects::nonNull).map(id -> em.find(ClauseTemplate.class, id))
                .filter(template -> template != null && !template.isActive()).forEach(offered::add);
        offered.sort(Comparator.comparing(ClauseTemplate::getId));
        return offered;
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public List<ClauseTemplate> all() {
        return em.createQuery("SELECT t FROM ClauseTemplate t ORDER BY t.id", ClauseTemplate.class).getResultList();
    }

    public ClauseTemplate get(long id) {
        ClauseTemplate template = em.find(ClauseTemplate.class, id);
        if (template == null) {
            throw new NotFoundException("clause.not_found", id);
        }
        return template;
    }

    /** Writes a new template (id null) or changes one, based on the version last read. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public ClauseTemplate save(Long id, ClauseTemplateDraft draft) {
        validator.validate(draft);
        ClauseTemplate template;
        if (id == null) {
            template = new ClauseTemplate(draft.getTitleEn(), draft.getBodyEn(), draft.getTitleSq(), draft.getBodySq(),
                    draft.getTitleCnr(), draft.getBodyCnr());
            em.persist(template);
        } else {
            template = get(id);
            if (!Objects.equals(draft.getVersion(), template.getVersion())) {
                throw new ConcurrentChangeException();
            }
            template.write(draft.getTitleEn(), draft.getBodyEn(), draft.getTitleSq(), draft.getBodySq(), draft.getTitleCnr(),
                    draft.getBodyCnr());
        }
        if (draft.isActive()) {
            template.reinstate();
        } else {
            template.retire();
        }
        flushOrReportConflict(em);
        audit.record(AuditEventType.CLAUSE_TEMPLATE_CHANGED, "clause template " + template.getId(), template.getTitleEn());
        return template;
    }
}
