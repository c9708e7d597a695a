package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.service.query.ListTotals;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

/**
 * Mobility applications: the lists each role sees, applying, and every step of the approval. A
 * step is one transaction: check the version the person saw, check role and scope, let the
 * mobility apply its own rules, record the step, audit it and notify whoever acts next.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
        Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
public class MobilityService {

    private static final Listing<Mobility> LISTING = Listing.of(Mobility.class)
            .filter("status", (cb, root, value) -> cb.equal(root.get("status"), MobilityStatus.valueOf(value)))
            .filter("type", (cb, root, value) -> cb.equal(root.get("type"), MobilityType.valueOf(value)))
            .filter("school", (cb, root, value) -> cb.equal(root.get("sendingSchool").get("id"), Long.valueOf(value)))
            .filter("destination", (cb, root, value) -> cb.equal(root.get("host").get("countryCode"), value))
            .filter("from", (cb, root, value) -> cb.greaterThanOrEqualTo(root.get("startDate"), Listing.day(value)))
            .filter("to", (cb, root, value) -> cb.lessThanOrEqualTo(root.get("startDate"), Listing.day(value)))
            .periodFilter("startDate", root -> root.get("startDate"))
            .textFilter("participant", root -> root.get("participant").get("fullName"))
            .textFilter("schoolName", root -> root.get("sendingSchool").get("name"))
            // hosted=true lists what the caller's institution hosts: a scope of its own (MobilityAccess.scopeOf)
            .filter("hosted", (cb, root, value) -> cb.conjunction())
            .sort("startDate", root -> root.get("startDate"))
            .sort("status", root -> root.get("status"))
            .sort("type", root -> root.get("type"))
            .sort("participant", root -> root.get("participant").get("fullName"))
            .sort("school", root -> root.get("sendingSchool").get("name"))
            .sort("schoolName", root -> root.get("sendingSchool").get("name"))
            .sort("host", root -> root.get("host").get("name"))
            .defaultSort("startDate", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    MobilityNotices notices;

    @Inject
    LearningAgreementGate gate;

    @Inject
    ListTotals totals;

    @Inject
    @ConfigProperty(name = "cg.list.export-max-rows", defaultValue = "10000")
    int exportMaxRows;

    @Inject
    OccupationCatalogue occupations;

    @Inject
    Event<MobilityTermsChanged> termsChanged;

    @Inject
    Event<MobilityClosed> closed;

    public Page<MobilityRow> page(PageRequest request) {
        return page(callers.getCurrent(), request);
    }

    /**
     * The mobility list page in one call: the busiest page of the platform, where every call into this service costs
     * its own security check, transaction and reading of the caller's account.
     */
    public MobilityList list(PageRequest request) {
        UserAccount caller = callers.getCurrent();
        return new MobilityList(page(caller, request), MobilityAccess.listsHostedApart(caller), exportMaxRows);
    }

    /**
     * A page in three statements at most, whatever its size. The ids of the page, then its rows: their own columns, and
     * the names they show from the shared cache (MobilityRowNames), which costs a third statement only for rows whose
     * names are not there yet. A page that has to count the list as well reads its rows with their names at once.
     */
    private Page<MobilityRow> page(UserAccount caller, PageRequest request) {
        Listing.Scope<Mobility> scope = scopeOf(caller, request.filters());
        ListTotals.Total total = totals.rememberedOrCounted(Mobility.class, caller.getId(), request.filters(),
                () -> LISTING.count(em, request.filters(), scope));
        if (total.value() == 0) {
            return new Page<>(List.of(), 0);
        }
        List<Object> ids = LISTING.ids(em, request, scope);
        return new Page<>(total.countedNow() ? LISTING.rows(em, ids, MobilityRow.PROJECTION)
                : MobilityRowNames.name(em, LISTING.rows(em, ids, MobilityRow.UNNAMED)), total.value());
    }

    private static Listing.Scope<Mobility> scopeOf(UserAccount caller, Map<String, String> filters) {
        return MobilityAccess.scopeOf(caller, Boolean.parseBoolean(filters.get("hosted")));
    }

    /** The whole filtered and sorted list, for an export; refused beyond {@code cg.list.export-max-rows} ({@link Listing#all}). */
    public List<MobilityRow> export(PageRequest sortAndFilters) {
        return LISTING.all(em, sortAndFilters, scopeOf(callers.getCurrent(), sortAndFilters.filters()), MobilityRow.PROJECTION,
                exportMaxRows);
    }

    /** The mobility, when the caller may see it; otherwise it does not exist for them. */
    public Mobility get(long id) {
        Mobility mobility = em.find(Mobility.class, id);
        if (mobility == null || !MobilityAccess.canSee(callers.getCurrent(), mobility)) {
            throw new NotFoundException("mobility.not_found", id);
        }
        return mobility;
    }

    /**
     * What the caller can do with the mobility now, for showing only the actions that will work: a start also
     * waits for the learning agreement signed by all, as {@link #act} does.
     */
    public Set<MobilityAction> actionsFor(Mobility mobility) {
        Set<MobilityAction> actions = MobilityAccess.actionsFor(callers.getCurrent(), mobility);
        if (actions.contains(MobilityAction.START) && !gate.isSignedByAll(mobility)) {
            actions.remove(MobilityAction.START);
        }
        return actions;
    }

    /**
     * Whether the caller reads the mobility only as its host: the pages, the API and the grant estimate
     * then leave out what is not the host's business ({@link MobilityAccess#seesOnlyAsHost}).
     */
    public boolean seesOnlyAsHost(Mobility mobility) {
        return MobilityAccess.seesOnlyAsHost(callers.getCurrent(), mobility);
    }

    public boolean canEdit(Mobility mobility) {
        return MobilityAccess.canEdit(callers.getCurrent(), mobility);
    }

    /**
     * Who the caller may apply for, by part of the name: a student only themselves, school staff the
     * active people of their school; at most {@code max}.
     */
    public List<UserAccount> candidates(String text, int max) {
        UserAccount caller = callers.getCurrent();
        if (!caller.hasRole(Role.SCHOOL_ADMIN) && !caller.hasRole(Role.TEACHER)) {
            return List.of(caller);
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.institution = :school AND u.active = :active"
                        + " AND LOCATE(:text, LOWER(u.fullName)) > 0 ORDER BY u.fullName", UserAccount.class)
                .setParameter("school", caller.getInstitution())
                .setParameter("active", true)
                .setParameter("text", text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(Math.min(Math.max(max, 1), 50))
                .getResultList();
    }

    /** A person the caller may apply for, by id. */
    public UserAccount candidate(long id) {
        UserAccount caller = callers.getCurrent();
        UserAccount person = em.find(UserAccount.class, id);
        if (person == null || !MobilityAccess.mayApplyFor(caller, person)) {
            throw new NotFoundException("user.not_found", id);
        }
        return person;
    }

    /**
     * Starts an application in draft: for oneself (student or staff), or by school staff for someone of their school.
     * The caller is its creator, who may discard it until it is submitted.
     */
    public Mobility apply(MobilityDraft draft) {
        validator.validate(draft);
        UserAccount caller = callers.getCurrent();
        UserAccount participant = draft.getParticipantId() == null ? caller : em.find(UserAccount.class, draft.getParticipantId());
        boolean eligible = participant != null && participant.isActive() && MobilityAccess.mayApplyFor(caller, participant)
                && participant.getInstitution().getType() == InstitutionType.VET_SCHOOL;
        if (!eligible && draft.getParticipantId() == null) {
            // Applying for oneself: what refuses it is the caller's role.
            throw new AccessDeniedException();
        }
        if (!eligible) {
            // One answer for an unknown person and for someone of another school, so that nobody learns which ids exist.
            throw validator.invalid("participantId", "mobility.participant.unknown");
        }
        requireAhead(draft, participant.getInstitution());
        Mobility mobility = ruled(() -> {
            Mobility planned = new Mobility(participant, draft.getType(), participant.getInstitution(),
                    host(draft, participant.getInstitution()), draft.getStartDate(), draft.getEndDate(), caller);
            planned.planSupport(draft.isGreenTravel(), draft.isInclusionSupport());
            planned.trainFor(occupation(draft));
            return planned;
        });
        em.persist(mobility);
        flushOrReportConflict(em);
        audit.record(AuditEventType.MOBILITY_CREATED, label(mobility), mobility.getType().name());
        return mobility;
    }

    /**
     * Changes an application while it is a draft or returned; who goes does not change, so another participant is
     * refused. When its type, host, dates or occupation change, the learning agreement's document under signature is
     * superseded and a signature given before stops counting ({@link LearningAgreementGate}): the signers signed for
     * another mobility.
     */
    public Mobility revise(long id, MobilityDraft draft) {
        validator.validate(draft);
        // The same answer as a transition without its version: the request is incomplete, not late.
        validator.validate(new VersionSeen(draft.getVersion()));
        Mobility mobility = get(id);
        UserAccount caller = callers.getCurrent();
        if (!MobilityAccess.canEdit(caller, mobility)) {
            // Those who never edit it are refused as such; to those who prepare it, the status is the reason.
            throw MobilityAccess.isApplicantSide(caller, mobility)
                    ? new RejectedException("mobility.rule.NOT_EDITABLE", mobility.getStatus())
                    : new AccessDeniedException();
        }
        requireVersion(mobility, draft.getVersion());
        // The edit form sends back the participant it read; another one would be dropped without a word.
        if (draft.getParticipantId() != null && !draft.getParticipantId().equals(mobility.getParticipant().getId())) {
            throw validator.invalid("participantId", "mobility.participant.fixed");
        }
        requireAhead(draft, mobility.getSendingSchool());
        Institution host = host(draft, mobility.getSendingSchool());
        String occupation = occupation(draft);
        boolean changed = ruled(() -> mobility.revise(draft.getType(), host, draft.getStartDate(), draft.getEndDate(),
                draft.isGreenTravel(), draft.isInclusionSupport(), occupation, Instant.now()));
        flushOrReportConflict(em);
        audit.record(AuditEventType.MOBILITY_UPDATED, label(mobility), changed ? "terms changed" : null);
        if (changed) {
            termsChanged.fire(new MobilityTermsChanged(mobility));
        }
        return mobility;
    }

    /**
     * Takes one step of the workflow. A step that closes the mobility (rejected, withdrawn, cancelled or completed)
     * closes the signing of its learning agreement too ({@link MobilityClosed}).
     */
    public Mobility act(long id, MobilityTransition transition) {
        validator.validate(transition);
        Mobility mobility = get(id);
        requireVersion(mobility, transition.version());
        UserAccount caller = callers.getCurrent();
        if (!MobilityAccess.mayTake(caller, mobility, transition.action())
                && transition.action().from(mobility.getStatus()).isPresent()) {
            throw new AccessDeniedException();
        }
        if (transition.action() == MobilityAction.SUBMIT && transition.action().from(mobility.getStatus()).isPresent()
                && MobilityAccess.startPassed(mobility, mobility.dayAt(Instant.now()))) {
            throw new RejectedException("mobility.rule.START_PASSED", mobility.getStartDate());
        }
        if (transition.action() == MobilityAction.START && mobility.getStatus() == MobilityStatus.MINISTRY_APPROVED
                && !gate.isSignedByAll(mobility)) {
            throw new RejectedException("learning.signing.required_to_start");
        }
        MobilityStatus before = mobility.getStatus();
        MobilityStatus after = ruled(() -> mobility.act(transition.action(), caller, transition.comment(), Instant.now()));
        flushOrReportConflict(em);
        audit.record(AuditEventType.MOBILITY_STATUS_CHANGED, label(mobility),
                transition.action() + ": " + before + " -> " + after);
        notices.stepTaken(mobility, transition.action());
        if (LearningAgreement.Phase.of(after) == LearningAgreement.Phase.CLOSED) {
            closed.fire(new MobilityClosed(mobility));
        }
        return mobility;
    }

    /** Whether the caller can hand in the participant's report now. */
    public boolean canReport(Mobility mobility) {
        return MobilityAccess.canReport(callers.getCurrent(), mobility);
    }

    /** The participant hands in their report; the school can then complete the mobility. */
    public Mobility report(long id, ParticipantReport report) {
        validator.validate(report);
        Mobility mobility = get(id);
        requireVersion(mobility, report.version());
        if (!callers.getCurrent().equals(mobility.getParticipant())) {
            throw new AccessDeniedException();
        }
        ruled(() -> {
            mobility.report(report.text(), Instant.now());
            return mobility;
        });
        flushOrReportConflict(em);
        audit.record(AuditEventType.MOBILITY_UPDATED, label(mobility), "participant report");
        notices.reportHandedIn(mobility);
        return mobility;
    }

    /**
     * An application looks ahead: it is approved before the mobility starts, which then starts on its first day. The
     * domain does not refuse earlier days, as it also keeps mobilities that did take place (the demo data replays
     * them); a new application, a change and a submission do. By the day at the sending school, the mobility's day
     * ({@link Mobility#dayAt}): just after midnight there, a mobility starting that day is still ahead.
     */
    private void requireAhead(MobilityDraft draft, Institution sendingSchool) {
        if (draft.getStartDate() != null && draft.getStartDate().isBefore(sendingSchool.dayAt(Instant.now()))) {
            throw validator.invalid("startDate", "mobility.start.past");
        }
    }

    private Institution host(MobilityDraft draft, Institution sendingSchool) {
        Institution host = em.find(Institution.class, draft.getHostId());
        if (host == null || !host.isActive()) {
            throw validator.invalid("hostId", "mobility.host.unknown");
        }
        if (host.isIn(sendingSchool.getCountry())) {
            throw validator.invalid("hostId", "mobility.host.same_country");
        }
        if (Mobility.hostRole(host.getType()).isEmpty()) {
            throw validator.invalid("hostId", "mobility.host.cannot_host", host.getName());
        }
        return host;
    }

    private String occupation(MobilityDraft draft) {
        if (draft.getIscoCode() != null && !occupations.knows(draft.getIscoCode())) {
            throw validator.invalid("iscoCode", "mobility.occupation.unknown", draft.getIscoCode());
        }
        return draft.getIscoCode();
    }

    /** The version of the mobility a change is based on: a change of an existing mobility must say which it saw. */
    record VersionSeen(@NotNull(message = "{mobility.version.required}") Long version) {
    }

    private static void requireVersion(Mobility mobility, Long versionSeen) {
        if (!Objects.equals(versionSeen, mobility.getVersion())) {
            throw new ConcurrentChangeException();
        }
    }

    /** Runs a change of the mobility and turns a broken rule of its own into a refusal with a message key. */
    private static <T> T ruled(java.util.function.Supplier<T> change) {
        return RejectedException.unlessRuleBroken("mobility.rule.", change);
    }

    private static String label(Mobility mobility) {
        return "mobility " + mobility.getId();
    }
}
