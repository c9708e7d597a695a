package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementRuleException;
import eu.cginternational.domain.agreement.ApplicationStatus;
import eu.cginternational.domain.agreement.Isco;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.agreement.OpportunityStatus;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.service.mobility.MobilityDraft;
import eu.cginternational.service.mobility.MobilityService;
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
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

/**
 * The opportunities board: partners publish placements under their company's agreements in
 * force; everyone signed in browses the open ones (filtered by occupation, country, language,
 * city); students apply with a motivation; the administrators of the student's school accept
 * (a mobility draft is made from the placement, by the rules of mobility applications) or decline
 * with a reason.
 *
 * <p>"Today" is the day at the caller's institution, on its country's clock ({@link #todayOf}), which is the
 * institution each step concerns: the partner's company for its placements (published under an agreement in force and
 * to begin after the day, there), the student's school for the board a student browses, an application, and its
 * acceptance by the school's administrators, whose mobility draft starts by that same day
 * ({@link eu.cginternational.domain.mobility.Mobility#dayAt}), so a placement not begun there becomes a draft that
 * has not started either.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
        Role.Names.STUDENT, Role.Names.PARTNER})
public class OpportunityBoard {

    private static final Listing<OpportunityApplication> APPLICATIONS = Listing.of(OpportunityApplication.class)
            .filter("status", (cb, root, value) -> cb.equal(root.get("status"), ApplicationStatus.valueOf(value)))
            .textFilter("student", root -> root.get("student").get("fullName"))
            .textFilter("occupation", root -> root.get("opportunity").get("occupationTitle"))
            .sort("appliedAt", root -> root.get("appliedAt"))
            .sort("status", root -> root.get("status"))
            .sort("student", root -> root.get("student").get("fullName"))
            .fetch(root -> {
                root.fetch("opportunity", JoinType.INNER).fetch("host", JoinType.INNER);
                root.fetch("student", JoinType.INNER);
            })
            .defaultSort("appliedAt", false);

    private static final Listing<Opportunity> LISTING = Listing.of(Opportunity.class)
            .filter("isco", (cb, root, value) -> {
                if (!Isco.isGroup(value)) {
                    return cb.disjunction();
                }
                return cb.equal(cb.substring(root.get("iscoCode"), 1, value.length()), value);
            })
            .filter("country", (cb, root, value) -> cb.equal(root.get("country").get("code"), value.toUpperCase(java.util.Locale.ROOT)))
            .filter("language", (cb, root, value) -> cb.equal(root.get("workLanguage"), value.toLowerCase(java.util.Locale.ROOT)))
            .filter("host", (cb, root, value) -> cb.equal(root.get("host").get("id"), Long.valueOf(value)))
            .filter("from", (cb, root, value) -> cb.greaterThanOrEqualTo(root.get("startDate"), Listing.day(value)))
            .textFilter("city", root -> root.get("city"))
            .textFilter("occupation", root -> root.get("occupationTitle"))
            .sort("startDate", root -> root.get("startDate"))
            .sort("occupation", root -> root.get("occupationTitle"))
            .sort("country", root -> root.get("country").get("code"))
            .sort("city", root -> root.get("city"))
            .fetch(root -> {
                root.fetch("host", JoinType.INNER);
                root.fetch("country", JoinType.INNER);
            })
            .defaultSort("startDate", true);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    MobilityService mobilities;

    @Inject
    OccupationCatalogue occupations;

    @Inject
    AgreementNotices notices;

    public Page<Opportunity> page(PageRequest request) {
        return LISTING.page(em, request, scope());
    }

    public List<Opportunity> list(PageRequest request) {
        return LISTING.items(em, request, scope());
    }

    public long count(Map<String, String> filters) {
        return LISTING.count(em, filters, scope());
    }

    /** Open placements that have not begun; a partner sees all of their own company's too. */
    private Listing.Scope<Opportunity> scope() {
        UserAccount caller = callers.getCurrent();
        LocalDate today = todayOf(caller);
        return (cb, root) -> {
            Predicate open = cb.and(cb.equal(root.get("status"), OpportunityStatus.OPEN),
                    cb.greaterThan(root.get("startDate"), today));
            return caller.hasRole(Role.PARTNER)
                    ? cb.or(open, cb.equal(root.get("host").get("id"), caller.getInstitution().getId()))
                    : open;
        };
    }

    public Opportunity get(long id) {
        Opportunity opportunity = em.find(Opportunity.class, id);
        UserAccount caller = callers.getCurrent();
        if (opportunity == null || (opportunity.getStatus() != OpportunityStatus.OPEN
                && !caller.getInstitution().equals(opportunity.getHost()) && !caller.hasRole(Role.COORDINATOR))) {
            throw new NotFoundException("opportunity.not_found", id);
        }
        return opportunity;
    }

    /** The agreements in force under which the caller (a partner) can publish: a party to the version in force. */
    @RolesAllowed(Role.Names.PARTNER)
    public List<Agreement> agreementsToPublishUnder() {
        UserAccount caller = callers.getCurrent();
        LocalDate today = todayOf(caller);
        return em.createQuery("SELECT a FROM Agreement a WHERE :company MEMBER OF a.involved AND a.inForceNumber IS NOT NULL"
                        + " ORDER BY a.title", Agreement.class)
                .setParameter("company", caller.getInstitution())
                .getResultList().stream()
                .filter(a -> a.isInForce(today) && a.isParty(caller.getInstitution()))
                .toList();
    }

    @RolesAllowed(Role.Names.PARTNER)
    public Opportunity publish(OpportunityDraft draft) {
        validator.validate(draft);
        UserAccount caller = callers.getCurrent();
        Agreement agreement = em.find(Agreement.class, draft.agreementId());
        if (agreement == null || !AgreementAccess.canSee(caller, agreement)) {
            throw validator.invalid("agreementId", "opportunity.agreement.unknown");
        }
        Country country = em.find(Country.class, draft.countryCode());
        if (country == null) {
            throw validator.invalid("countryCode", "opportunity.country.unknown");
        }
        Opportunity opportunity = AgreementService.ruled(() -> new Opportunity(agreement, caller, draft.iscoCode(),
                draft.occupationTitle(), country, draft.city(), draft.startDate(), draft.endDate(), draft.seats(),
                draft.workLanguage(), draft.description(), todayOf(caller)));
        em.persist(opportunity);
        flushOrReportConflict(em);
        audit.record(AuditEventType.OPPORTUNITY_PUBLISHED, "opportunity " + opportunity.getId(),
                opportunity.getIscoCode() + " " + opportunity.getOccupationTitle());
        return opportunity;
    }

    /** Whether the caller can close the placement now: a partner of its company, while it is open. */
    public boolean mayClose(Opportunity opportunity) {
        UserAccount caller = callers.getCurrent();
        return caller.hasRole(Role.PARTNER) && caller.getInstitution().equals(opportunity.getHost())
                && opportunity.getStatus() == OpportunityStatus.OPEN;
    }

    /**
     * The publishing company closes its placement: applications already decided stay, those waiting
     * for their school are declined and their students told (see {@link #closePlacement}).
     */
    @RolesAllowed(Role.Names.PARTNER)
    public Opportunity close(long id, Long versionSeen) {
        Opportunity opportunity = get(id);
        if (!callers.getCurrent().getInstitution().equals(opportunity.getHost())) {
            throw new AccessDeniedException();
        }
        validator.validate(new AgreementService.VersionSeen(versionSeen));
        if (!Objects.equals(versionSeen, opportunity.getVersion())) {
            throw new ConcurrentChangeException();
        }
        if (opportunity.getStatus() != OpportunityStatus.OPEN) {
            throw new RejectedException("agreement.rule." + AgreementRuleException.Rule.PLACEMENT_CLOSED);
        }
        int declined = closePlacement(em, opportunity, notices, Instant.now());
        flushOrReportConflict(em);
        audit.record(AuditEventType.OPPORTUNITY_PUBLISHED, "opportunity " + id, "closed, " + declined
                + " waiting applications declined");
        return opportunity;
    }

    /**
     * Closes a placement and declines the applications still waiting for their school, each with the
     * reason in the student's language, telling the student. A student would rather know at once and
     * apply elsewhere than wait for a decision that can no longer be "accepted". Used when the company
     * closes it and when its agreement ends (terminated or expired), by services with or without a
     * caller; returns how many applications were declined.
     */
    static int closePlacement(EntityManager em, Opportunity opportunity, AgreementNotices notices, Instant now) {
        opportunity.close();
        List<OpportunityApplication> waiting = em.createQuery("SELECT a FROM OpportunityApplication a"
                        + " WHERE a.opportunity = :opportunity AND a.status = :pending ORDER BY a.id", OpportunityApplication.class)
                .setParameter("opportunity", opportunity)
                .setParameter("pending", ApplicationStatus.PENDING)
                .getResultList();
        for (OpportunityApplication application : waiting) {
            if (application.placementClosed(notices.placementClosedReason(application), now)) {
                notices.placementClosed(application);
            }
        }
        return waiting.size();
    }

    /**
     * A student applies once to an open placement abroad; the administrators of their school are told
     * ({@link AgreementNotices#applied}).
     */
    @RolesAllowed(Role.Names.STUDENT)
    public OpportunityApplication apply(long opportunityId, ApplicationDraft draft) {
        validator.validate(draft);
        UserAccount student = callers.getCurrent();
        Opportunity opportunity = get(opportunityId);
        // Held until the application is in: a closure at the same moment either waits and declines it with the others
        // waiting, or comes first and this finds the placement closed. Never an application left waiting on a closed one.
        em.refresh(opportunity, LockModeType.PESSIMISTIC_WRITE);
        refusal(opportunity, student).ifPresent(rule -> {
            throw new RejectedException("agreement.rule." + rule);
        });
        OpportunityApplication application = AgreementService.ruled(() -> new OpportunityApplication(opportunity, student,
                draft.motivation(), todayOf(student), Instant.now()));
        em.persist(application);
        flushOrReportConflict(em);
        audit.record(AuditEventType.OPPORTUNITY_APPLICATION_CHANGED, "application " + application.getId(), "applied");
        notices.applied(application);
        return application;
    }

    /**
     * Whether the caller can apply to the placement now: a student, and no rule of {@link #refusalToApply} in the way.
     * Anyone signed in may ask, so that a page offers the form to those only.
     */
    public boolean mayApply(Opportunity opportunity) {
        UserAccount caller = callers.getCurrent();
        return caller.hasRole(Role.STUDENT) && refusal(opportunity, caller).isEmpty();
    }

    /**
     * The rule that keeps the caller, a student, from applying to the placement now, if any: applied already, or one
     * of {@link OpportunityApplication#refusal} (in their own country, or not open). The message key is
     * {@code agreement.rule.} and the rule.
     */
    @RolesAllowed(Role.Names.STUDENT)
    public Optional<AgreementRuleException.Rule> refusalToApply(Opportunity opportunity) {
        return refusal(opportunity, callers.getCurrent());
    }

    private Optional<AgreementRuleException.Rule> refusal(Opportunity opportunity, UserAccount student) {
        if (findApplication(opportunity, student) != null) {
            return Optional.of(AgreementRuleException.Rule.ALREADY_APPLIED);
        }
        return OpportunityApplication.refusal(opportunity, student, todayOf(student));
    }

    /**
     * The day at the person's institution, on its country's clock: the partner's company for what it publishes, the
     * student's school for a student and for its administrators deciding on their students' applications.
     */
    private static LocalDate todayOf(UserAccount person) {
        return person.getInstitution().dayAt(Instant.now());
    }

    private OpportunityApplication findApplication(Opportunity opportunity, UserAccount student) {
        return em.createQuery("SELECT a FROM OpportunityApplication a WHERE a.opportunity = :opportunity"
                        + " AND a.student = :student", OpportunityApplication.class)
                .setParameter("opportunity", opportunity)
                .setParameter("student", student)
                .getResultStream().findFirst().orElse(null);
    }

    /** A page of the caller's own applications (a student), the newest first unless sorted otherwise. */
    @RolesAllowed(Role.Names.STUDENT)
    public Page<OpportunityApplication> myApplications(PageRequest request) {
        return APPLICATIONS.page(em, request, mine());
    }

    @RolesAllowed(Role.Names.STUDENT)
    public List<OpportunityApplication> myApplicationItems(PageRequest request) {
        return APPLICATIONS.items(em, request, mine());
    }

    @RolesAllowed(Role.Names.STUDENT)
    public long myApplicationCount(Map<String, String> filters) {
        return APPLICATIONS.count(em, filters, mine());
    }

    /**
     * A page of the applications of the students of the caller's school (an administrator), the newest first unless
     * sorted otherwise; {@code status=PENDING} leaves those waiting for a decision.
     */
    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public Page<OpportunityApplication> schoolApplications(PageRequest request) {
        return APPLICATIONS.page(em, request, ofMySchool());
    }

    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public List<OpportunityApplication> schoolApplicationItems(PageRequest request) {
        return APPLICATIONS.items(em, request, ofMySchool());
    }

    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public long schoolApplicationCount(Map<String, String> filters) {
        return APPLICATIONS.count(em, filters, ofMySchool());
    }

    private Listing.Scope<OpportunityApplication> mine() {
        UserAccount student = callers.getCurrent();
        return (cb, root) -> cb.equal(root.get("student"), student);
    }

    private Listing.Scope<OpportunityApplication> ofMySchool() {
        Institution school = callers.getCurrent().getInstitution();
        return (cb, root) -> cb.equal(root.get("student").get("institution"), school);
    }

    public OpportunityApplication application(long id) {
        OpportunityApplication application = em.find(OpportunityApplication.class, id);
        UserAccount caller = callers.getCurrent();
        if (application == null || !(caller.equals(application.getStudent())
                || (caller.hasRole(Role.SCHOOL_ADMIN) && caller.getInstitution().equals(application.getStudent().getInstitution())))) {
            throw new NotFoundException("application.not_found", id);
        }
        return application;
    }

    /**
     * The school decides: accepting (only while the placement is open and has not begun, under an agreement in force)
     * takes a seat and makes a mobility draft for the student with the
     * host, dates, type and occupation of the placement, by the rules of mobility applications;
     * declining needs a reason. The student is told either way ({@link AgreementNotices#decided}).
     */
    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public OpportunityApplication decide(long id, ApplicationDecision decision) {
        // Scope first: of another school's application nobody learns more than that it does not exist.
        OpportunityApplication application = application(id);
        UserAccount caller = callers.getCurrent();
        if (!caller.getInstitution().equals(application.getStudent().getInstitution())) {
            throw new AccessDeniedException();
        }
        validator.validate(decision);
        if (!Objects.equals(decision.version(), application.getVersion())) {
            throw new ConcurrentChangeException();
        }
        Instant now = Instant.now();
        if (decision.accept()) {
            AgreementService.ruled(() -> {
                application.accept(caller, todayOf(application.getStudent()), now);
                return application;
            });
            Opportunity placement = application.getOpportunity();
            MobilityDraft draft = new MobilityDraft();
            draft.setParticipantId(application.getStudent().getId());
            draft.setType(placement.getMobilityType());
            draft.setHostId(placement.getHost().getId());
            draft.setStartDate(placement.getStartDate());
            draft.setEndDate(placement.getEndDate());
            // A placement may name a unit group the occupation catalogue lacks: the draft then names none.
            draft.setIscoCode(occupations.knows(placement.getIscoCode()) ? placement.getIscoCode() : null);
            Mobility mobility = mobilities.apply(draft);
            application.becameMobility(mobility.getId());
        } else {
            AgreementService.ruled(() -> {
                application.decline(caller, decision.reason(), now);
                return application;
            });
        }
        flushOrReportConflict(em);
        audit.record(AuditEventType.OPPORTUNITY_APPLICATION_CHANGED, "application " + id, application.getStatus().name());
        notices.decided(application);
        return application;
    }

    /** How many applications of the school's students wait for its decision. */
    static long waitingAt(EntityManager em, Institution school) {
        return em.createQuery("SELECT COUNT(a) FROM OpportunityApplication a WHERE a.student.institution = :school"
                        + " AND a.status = :pending", Long.class)
                .setParameter("school", school)
                .setParameter("pending", ApplicationStatus.PENDING)
                .getSingleResult();
    }
}
