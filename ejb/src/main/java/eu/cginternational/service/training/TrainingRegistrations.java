package eu.cginternational.service.training;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;
import static eu.cginternational.service.training.TrainingRules.ruled;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registrations for trainings. Teachers and school administrators register themselves; a school
 * administrator also nominates teachers of their own school, and approves or declines the own
 * requests of their school's people for trainings that need the school's nomination. Everyone
 * cancels their own registration or leaves the waiting list; the coordinator who deactivates an
 * account ends its registrations in the same way.
 *
 * <p>Each decision on seats first takes a pessimistic write lock on the training's row, then lets
 * the training count and decide: concurrent requests for the same training queue on that lock, so
 * the seats are never overbooked and the waiting list gets its positions in arrival order without
 * gaps. Registrations of another school do not exist for a school administrator.
 */
@Stateless
@RolesAllowed({Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER})
public class TrainingRegistrations {

    /** What a person may do with their own registration, or with a training they have none for. */
    public enum Action {
        REGISTER, CANCEL, LEAVE_WAITING_LIST, WITHDRAW
    }

    private static final Listing<Registration> LISTING = Listing.of(Registration.class)
            .filter("status", (cb, root, value) -> cb.equal(root.get("status"), RegistrationStatus.valueOf(value)))
            .filter("training", (cb, root, value) -> cb.greaterThan(
                    cb.locate(cb.lower(root.get("training").get("title")), value.toLowerCase(Locale.ROOT)), 0))
            .textFilter("participant", root -> root.get("participant").get("fullName"))
            .sort("status", root -> root.get("status"))
            .sort("training", root -> root.get("training").get("title"))
            .sort("participant", root -> root.get("participant").get("fullName"))
            .sort("updatedAt", root -> root.get("updatedAt"))
            .fetch(root -> {
                root.fetch("training", JoinType.INNER).fetch("provider", JoinType.INNER);
                root.fetch("participant", JoinType.INNER);
            })
            .defaultSort("updatedAt", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    AuditLog audit;

    @Inject
    TrainingNotices notices;

    @Inject
    InputValidator validator;

    // Registering ---------------------------------------------------------------------------------

    /**
     * Registers the caller ({@code participantId} null or the caller's own id), or, by a school
     * administrator, nominates an active teacher of their own school. Anyone else, another school's
     * person included, is not found: a school administrator does not learn who exists elsewhere.
     */
    public Registration register(long trainingId, Long participantId) {
        UserAccount caller = callers.getCurrent();
        UserAccount participant = participantId == null || participantId.equals(caller.getId())
                ? caller : nominatedBy(caller, participantId);
        UserAccount nominatedBy = participant.equals(caller) ? null : caller;
        boolean fewerOpportunities = hasFewerOpportunities(participant, trainingId);
        Training training = locked(trainingId);
        Registration registration = ruled(() -> training.register(participant, nominatedBy, fewerOpportunities, Instant.now()));
        if (registration.isNew()) {
            em.persist(registration);
        }
        flushOrReportConflict(em);
        recordChange(registration);
        if (nominatedBy != null) {
            notices.nominated(registration);
        }
        return registration;
    }

    /** The school administrator approves an own request of someone of their school: a seat if one is free, else the list. */
    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public Registration approve(long registrationId) {
        UserAccount caller = callers.getCurrent();
        Registration registration = ofMySchool(caller, registrationId);
        Training training = locked(registration.getTraining().getId());
        ruled(() -> {
            training.approve(registration, caller, Instant.now());
            return registration;
        });
        flushOrReportConflict(em);
        recordChange(registration);
        notices.decided(registration);
        return registration;
    }

    /** The school administrator declines an own request of someone of their school. */
    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public Registration decline(long registrationId) {
        UserAccount caller = callers.getCurrent();
        Registration registration = ofMySchool(caller, registrationId);
        Training training = locked(registration.getTraining().getId());
        ruled(() -> {
            training.decline(registration, caller, Instant.now());
            return registration;
        });
        flushOrReportConflict(em);
        recordChange(registration);
        notices.decided(registration);
        return registration;
    }

    /**
     * The caller gives up their seat (until the deadline), leaves the waiting list or withdraws their
     * request. A freed seat goes to the first on the list, who is told.
     */
    public Registration cancel(long registrationId) {
        UserAccount caller = callers.getCurrent();
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getParticipant().equals(caller)) {
            throw new NotFoundException("registration.not_found", registrationId);
        }
        end(locked(registration.getTraining().getId()), registration, caller, Instant.now());
        return registration;
    }

    /**
     * Ends, in the deactivation's transaction, what an account being deactivated holds in trainings not closed, each
     * as if the person had given it up, so that the first active person on the list gets a freed seat and is told:
     * every place on a waiting list and every request, and every seat until the training's cancellation deadline.
     * A seat past the deadline stays, as it would for the person: by then the roster is settled, and once the
     * training has started the seat holds its attendance. Nothing comes back if the account is activated again.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Release releaseHeldBy(UserAccount leaver) {
        UserAccount caller = callers.getCurrent();
        Instant now = Instant.now();
        // The trainings are locked one after the other in the order of their ids, so that two releases at once cannot
        // each hold a lock the other waits for.
        List<Registration> held = em.createQuery("SELECT r FROM Registration r WHERE r.participant = :leaver"
                        + " AND r.status IN :active AND r.completedAt IS NULL AND r.training.closedAt IS NULL"
                        + " ORDER BY r.training.id", Registration.class)
                .setParameter("leaver", leaver)
                .setParameter("active", EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED,
                        RegistrationStatus.PENDING_APPROVAL))
                .getResultList();
        List<Registration> ended = new ArrayList<>();
        List<Registration> kept = new ArrayList<>();
        for (Registration registration : held) {
            Training training = locked(registration.getTraining().getId());
            if (registration.getStatus() == RegistrationStatus.REGISTERED && !training.isCancellableAt(now)) {
                kept.add(registration);
            } else {
                end(training, registration, caller, now);
                ended.add(registration);
            }
        }
        return new Release(ended, kept);
    }

    /** What a deactivation did to the account's registrations: those it ended, and the seats past their deadline. */
    public record Release(List<Registration> ended, List<Registration> kept) {

        /** For the deactivation's audit entry: the registrations and their trainings; null when there were none. */
        public String describe() {
            if (ended.isEmpty() && kept.isEmpty()) {
                return null;
            }
            return "training registrations ended: " + labels(ended)
                    + "; seats kept past the cancellation deadline: " + labels(kept);
        }

        private static String labels(List<Registration> registrations) {
            return registrations.isEmpty() ? "none" : registrations.stream()
                    .map(r -> r.getId() + " (" + TrainingCatalogue.label(r.getTraining()) + ")")
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * The caller leaves feedback on the training of their own registration: once, after the last
     * session, if they held a seat.
     */
    public Registration leaveFeedback(long registrationId, FeedbackDraft feedback) {
        validator.validate(feedback);
        UserAccount caller = callers.getCurrent();
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || !registration.getParticipant().equals(caller)) {
            throw new NotFoundException("registration.not_found", registrationId);
        }
        ruled(() -> {
            registration.leaveFeedback(feedback.getRating(), feedback.getComment(), Instant.now());
            return registration;
        });
        flushOrReportConflict(em);
        return registration;
    }

    // Reading -------------------------------------------------------------------------------------

    /** The caller's own registrations, newest change first. */
    public Page<Registration> mine(PageRequest request) {
        return LISTING.page(em, request, own(callers.getCurrent()));
    }

    public List<Registration> listMine(PageRequest request) {
        return LISTING.items(em, request, own(callers.getCurrent()));
    }

    public long countMine(Map<String, String> filters) {
        return LISTING.count(em, filters, own(callers.getCurrent()));
    }

    /** The registrations of the school administrator's school: requests to decide and nominations made. */
    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public List<Registration> listOfMySchool(PageRequest request) {
        return LISTING.items(em, request, school(callers.getCurrent()));
    }

    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public long countOfMySchool(Map<String, String> filters) {
        return LISTING.count(em, filters, school(callers.getCurrent()));
    }

    /** The caller's registration for the training, if they have one. */
    public Optional<Registration> myRegistration(long trainingId) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.training.id = :training AND r.participant = :me",
                        Registration.class)
                .setParameter("training", trainingId)
                .setParameter("me", callers.getCurrent())
                .getResultStream().findFirst();
    }

    /** What the caller can do with the training now: only the actions that will work; none once it is closed. */
    public Set<Action> actionsFor(Training training) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        if (training.isClosed()) {
            return actions;
        }
        Instant now = Instant.now();
        Optional<Registration> mine = myRegistration(training.getId());
        RegistrationStatus status = mine.map(Registration::getStatus).orElse(null);
        if ((status == null || !status.isActive()) && training.isOpenAt(now)) {
            actions.add(Action.REGISTER);
        }
        if (status == RegistrationStatus.REGISTERED && training.isCancellableAt(now)) {
            actions.add(Action.CANCEL);
        }
        if (status == RegistrationStatus.WAITLISTED) {
            actions.add(Action.LEAVE_WAITING_LIST);
        }
        if (status == RegistrationStatus.PENDING_APPROVAL) {
            actions.add(Action.WITHDRAW);
        }
        return actions;
    }

    /** Active teachers of the school administrator's school by part of the name, for a nomination; at most {@code max}. */
    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public List<UserAccount> nominees(String text, int max) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.institution = :school AND u.active = :active"
                        + " AND :teacher MEMBER OF u.roles AND LOCATE(:text, LOWER(u.fullName)) > 0 ORDER BY u.fullName",
                        UserAccount.class)
                .setParameter("school", callers.getCurrent().getInstitution())
                .setParameter("active", true)
                .setParameter("teacher", Role.TEACHER)
                .setParameter("text", text == null ? "" : text.trim().toLowerCase(Locale.ROOT))
                .setMaxResults(Math.min(Math.max(max, 1), 50))
                .getResultList();
    }

    /** A person the school administrator may nominate, by id: an active teacher of their own school. */
    @RolesAllowed(Role.Names.SCHOOL_ADMIN)
    public UserAccount nominee(long participantId) {
        return teacherOfMySchool(callers.getCurrent(), participantId);
    }

    // Helpers -------------------------------------------------------------------------------------

    /**
     * Whether the person counts as having fewer opportunities: their school is rural, or this would
     * be their first training (they never held a seat in another one).
     */
    private boolean hasFewerOpportunities(UserAccount person, long trainingId) {
        if (person.getInstitution() != null && person.getInstitution().isRural()) {
            return true;
        }
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.participant = :person"
                        + " AND r.training.id <> :training AND (r.status = :registered OR r.completedAt IS NOT NULL)", Long.class)
                .setParameter("person", person)
                .setParameter("training", trainingId)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .getSingleResult() == 0;
    }

    /** Ends the registration in its locked training and records it; whoever gets the freed seat is told. */
    private void end(Training training, Registration registration, UserAccount actor, Instant now) {
        List<Registration> promoted = ruled(() -> training.cancel(registration, actor, now));
        flushOrReportConflict(em);
        recordChange(registration);
        promoted.forEach(seat -> {
            recordChange(seat);
            notices.promoted(seat);
        });
    }

    /** The training, locked against every other decision on its seats until this transaction ends. */
    private Training locked(long trainingId) {
        Training training = em.find(Training.class, trainingId, LockModeType.PESSIMISTIC_WRITE);
        if (training == null) {
            throw new NotFoundException("training.not_found", trainingId);
        }
        return training;
    }

    /**
     * The person a school administrator nominates by id, as in {@link #nominee(long)}. Only a school
     * administrator nominates; whom, is for {@link #teacherOfMySchool} alone, so that a refusal of
     * another school's person looks like that of an id nobody has.
     */
    private UserAccount nominatedBy(UserAccount caller, long participantId) {
        if (!caller.hasRole(Role.SCHOOL_ADMIN)) {
            throw new AccessDeniedException();
        }
        return teacherOfMySchool(caller, participantId);
    }

    /** An active teacher of the caller's school, the only people a school administrator nominates; not found otherwise. */
    private UserAccount teacherOfMySchool(UserAccount caller, long participantId) {
        UserAccount person = em.find(UserAccount.class, participantId);
        if (person == null || !person.isActive() || !caller.getInstitution().equals(person.getInstitution())
                || !person.hasRole(Role.TEACHER)) {
            throw new NotFoundException("user.not_found", participantId);
        }
        return person;
    }

    private Registration ofMySchool(UserAccount caller, long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !caller.getInstitution().equals(registration.getParticipant().getInstitution())) {
            throw new NotFoundException("registration.not_found", registrationId);
        }
        return registration;
    }

    private void recordChange(Registration registration) {
        var step = registration.getLastStep();
        audit.record(AuditEventType.TRAINING_REGISTRATION_CHANGED, label(registration),
                step.getReason() + ": " + (step.getBefore() == null ? "-" : step.getBefore()) + " -> " + step.getAfter()
                        + (step.getPositionAfter() == null ? "" : " #" + step.getPositionAfter())
                        + " " + whose(registration));
    }

    private static Listing.Scope<Registration> own(UserAccount caller) {
        return (cb, root) -> cb.equal(root.get("participant"), caller);
    }

    private static Listing.Scope<Registration> school(UserAccount caller) {
        return (cb, root) -> cb.equal(root.get("participant").get("institution"), caller.getInstitution());
    }

    static String label(Registration registration) {
        return "training registration " + registration.getId();
    }

    /**
     * Whose registration it is, and in which training, for the detail of an audit entry: the participant by the id of
     * their account, which an anonymisation leaves pointing at the pseudonym, never by a username or name it could not
     * take back.
     */
    static String whose(Registration registration) {
        return "(account " + registration.getParticipant().getId() + ", " + TrainingCatalogue.label(registration.getTraining())
                + ")";
    }
}
