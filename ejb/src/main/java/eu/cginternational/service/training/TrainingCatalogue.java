package eu.cginternational.service.training;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;
import static eu.cginternational.service.training.TrainingRules.ruled;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingMode;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.query.ListTotals;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The training catalogue: school staff, ministries and the coordinator browse and filter it; the
 * coordinator creates and changes trainings. Partner staff read only the trainings their
 * organisation provides (see {@link TrainingProviders}); any other training is not found for them.
 * Lists carry the seats left and the length of the waiting list, counted for a whole page at once.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER})
public class TrainingCatalogue {

    /**
     * Filters: {@code language}, {@code mode}, {@code topic} (text in the title or the topics) and
     * {@code open=true} (registration open now, the training not closed). Sorted by the closing of the window, latest first.
     */
    private static final Listing<Training> LISTING = Listing.of(Training.class)
            .filter("language", (cb, root, value) -> cb.equal(root.get("language"), Language.valueOf(value)))
            .filter("mode", (cb, root, value) -> cb.equal(root.get("mode"), TrainingMode.valueOf(value)))
            .filter("topic", (cb, root, value) -> {
                String text = value.toLowerCase(java.util.Locale.ROOT);
                return cb.or(cb.greaterThan(cb.locate(cb.lower(root.get("title")), text), 0),
                        cb.greaterThan(cb.locate(cb.lower(root.get("topics")), text), 0));
            })
            .filter("open", (cb, root, value) -> {
                if (!Boolean.parseBoolean(value)) {
                    return cb.conjunction();
                }
                Instant now = Instant.now();
                return cb.and(cb.isNull(root.get("closedAt")), cb.lessThanOrEqualTo(root.get("registrationOpens"), now),
                        cb.greaterThanOrEqualTo(root.get("registrationCloses"), now));
            })
            .sort("title", root -> root.get("title"))
            .sort("registrationCloses", root -> root.get("registrationCloses"))
            .sort("capacity", root -> root.get("capacity"))
            .fetch(root -> root.fetch("provider", JoinType.INNER))
            .batchRead("sessions")
            .defaultSort("registrationCloses", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    ListTotals totals;

    @Inject
    TrainingNotices notices;

    @Inject
    CallerAccounts callers;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
            Role.Names.PARTNER})
    public Page<CatalogueRow> page(PageRequest request) {
        long total = count(request.filters());
        return new Page<>(total == 0 ? List.of() : list(request), total);
    }

    /**
     * One page of the catalogue: its trainings with their sessions, and their seats counted in one statement
     * for all its rows; the registrations themselves are not read.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
            Role.Names.PARTNER})
    public List<CatalogueRow> list(PageRequest request) {
        List<Training> page = LISTING.items(em, request, providedByCaller().orElse(null));
        if (page.isEmpty()) {
            return List.of();
        }
        // The rows show the first session: the sessions of the whole page come in one batch, read while the transaction lasts.
        page.forEach(training -> training.getSessions().size());
        return rowsOf(page);
    }

    /**
     * One training as its own page shows it: with its sessions, and its seats counted by the database as a
     * page of the catalogue counts them; its registrations are not read. Not found as by {@link #get}.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
            Role.Names.PARTNER})
    public CatalogueRow row(long id) {
        return rowsOf(List.of(get(id))).get(0);
    }

    /** The trainings as rows, in their order, with their seats counted in one statement for all. */
    private List<CatalogueRow> rowsOf(List<Training> trainings) {
        Map<Long, Map<RegistrationStatus, Integer>> counted = seatsOf(trainings.stream().map(Training::getId).toList());
        return trainings.stream().map(training -> {
            Map<RegistrationStatus, Integer> seats = counted.getOrDefault(training.getId(), Map.of());
            return new CatalogueRow(training, seats.getOrDefault(RegistrationStatus.REGISTERED, 0),
                    seats.getOrDefault(RegistrationStatus.WAITLISTED, 0));
        }).toList();
    }

    /** The seats taken and the places on the waiting list of these trainings, by training and status; one statement. */
    private Map<Long, Map<RegistrationStatus, Integer>> seatsOf(List<Long> trainingIds) {
        Map<Long, Map<RegistrationStatus, Integer>> counted = new HashMap<>();
        em.createQuery("SELECT r.training.id, r.status, COUNT(r) FROM Registration r WHERE r.training.id IN :trainings"
                        + " AND r.status IN :counted GROUP BY r.training.id, r.status", Object[].class)
                .setParameter("trainings", trainingIds)
                .setParameter("counted", List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED))
                .getResultList()
                .forEach(row -> counted.computeIfAbsent((Long) row[0], id -> new EnumMap<>(RegistrationStatus.class))
                        .put((RegistrationStatus) row[1], ((Number) row[2]).intValue()));
        return counted;
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
            Role.Names.PARTNER})
    public long count(Map<String, String> filters) {
        // The catalogue is the same for everyone but partner staff: one remembered total per filter, not per
        // person (per organisation for partners). "open" depends on the clock, which the short lifetime of a
        // remembered total keeps close enough.
        Optional<ProvidedBy> provided = providedByCaller();
        if (provided.isPresent()) {
            return totals.total(Training.class, "provided by " + provided.get().provider().getId(), filters,
                    () -> LISTING.count(em, filters, provided.get()));
        }
        return totals.total(Training.class, "catalogue", filters, () -> LISTING.count(em, filters));
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
            Role.Names.PARTNER})
    public Training get(long id) {
        Training training = em.find(Training.class, id);
        if (training == null || providedByCaller().filter(own -> !own.provider().equals(training.getProvider())).isPresent()) {
            throw new NotFoundException("training.not_found", id);
        }
        training.getSessions().size();
        return training;
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public Training create(TrainingDraft draft) {
        validator.validate(draft);
        Institution provider = provider(draft);
        Training training = ruled(() -> {
            Training made = new Training(description(draft, provider), plans(draft));
            rules(made, draft);
            return made;
        });
        em.persist(training);
        flushOrReportConflict(em);
        audit.record(AuditEventType.TRAINING_CREATED, label(training), training.getTitle());
        return training;
    }

    /**
     * Changes a training against the version the coordinator saw. Seats that a larger capacity
     * frees go to the first on the waiting list, who are told. When the first session moves,
     * everyone still in the training is told the new one and reminded again before it.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    public Training revise(long id, TrainingDraft draft) {
        validator.validate(draft);
        Institution provider = provider(draft);
        Training training = em.find(Training.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (training == null) {
            throw new NotFoundException("training.not_found", id);
        }
        if (!Objects.equals(draft.getVersion(), training.getVersion())) {
            throw new ConcurrentChangeException();
        }
        Revision revision = ruled(() -> {
            List<Registration> promoted = training.describe(description(draft, provider), Instant.now());
            List<Registration> rescheduled = training.planSessions(plans(draft));
            rules(training, draft);
            return new Revision(promoted, rescheduled);
        });
        // A change of the sessions alone touches no column of the training; the version moves all the same.
        em.lock(training, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flushOrReportConflict(em);
        audit.record(AuditEventType.TRAINING_UPDATED, label(training), training.getTitle());
        revision.promoted().forEach(registration -> {
            audit.record(AuditEventType.TRAINING_REGISTRATION_CHANGED, TrainingRegistrations.label(registration),
                    registration.getLastStep().getReason().name());
            notices.promoted(registration);
        });
        // The notice of a seat from the list already names the new first session: one notice is enough. A first session
        // moved into the past records when the training took place: there is no date to come to tell anyone.
        boolean stillAhead = training.getFirstSession().map(first -> first.getStartInstant().isAfter(Instant.now())).orElse(false);
        revision.rescheduled().stream().filter(registration -> stillAhead && !revision.promoted().contains(registration))
                .forEach(notices::rescheduled);
        return training;
    }

    /** Whom a change of a training concerns: who got a seat by it, and who is still in it when its first session moved. */
    private record Revision(List<Registration> promoted, List<Registration> rescheduled) {
    }

    private Institution provider(TrainingDraft draft) {
        Institution provider = em.find(Institution.class, draft.getProviderId());
        if (provider == null || !provider.isActive()) {
            throw validator.invalid("providerId", "training.provider.unknown");
        }
        return provider;
    }

    private static Training.Description description(TrainingDraft draft, Institution provider) {
        return new Training.Description(draft.getTitle(), draft.getDescription(), draft.getTopics(), draft.getLanguage(),
                draft.getMode(), provider, draft.getCapacity(), draft.getRegistrationOpens(),
                draft.getRegistrationCloses(), draft.getCancellationDeadline(), draft.isNominationRequired());
    }

    private static void rules(Training training, TrainingDraft draft) {
        training.requireCompletionShare(draft.getCompletionShare() == null ? Training.DEFAULT_COMPLETION_SHARE
                : draft.getCompletionShare());
        training.prioritiseFewerOpportunities(draft.isPriorityForFewerOpportunities());
    }

    private static List<eu.cginternational.domain.training.SessionPlan> plans(TrainingDraft draft) {
        return draft.getSessions().stream().map(SessionDraft::plan).toList();
    }

    static String label(Training training) {
        return "training " + training.getId();
    }

    /**
     * The part of the catalogue a partner reads: the trainings of their own organisation. Empty for
     * the roles that read it whole, so that they pay no look-up of their account.
     */
    private Optional<ProvidedBy> providedByCaller() {
        for (Role reader : TrainingProviders.WHOLE_CATALOGUE_READERS) {
            if (session.isCallerInRole(reader.name())) {
                return Optional.empty();
            }
        }
        return Optional.of(new ProvidedBy(callers.getCurrent().getInstitution()));
    }

    /** The trainings one institution provides: a scope of the listing and the key of its remembered totals. */
    private record ProvidedBy(Institution provider) implements Listing.Scope<Training> {

        @Override
        public Predicate apply(CriteriaBuilder cb, Root<Training> root) {
            return cb.equal(root.get("provider"), provider);
        }
    }
}
