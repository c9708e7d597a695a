package eu.cginternational.domain.training;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.training.TrainingRuleException.Rule;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A capacity-building training of the catalogue with its sessions and its registrations. The
 * aggregate keeps the seats honest: people register only inside the registration window and only
 * once; never more hold a seat than the capacity; whoever comes when it is full goes onto the
 * waiting list in arrival order; when a seat frees the first on the list gets it; a seat can be
 * given up until the cancellation deadline, the list left at any time. A training that needs the
 * school's nomination waits for the school administrator's approval of a person's own request.
 * Registration and the giving up of seats end by the first session; once the training is closed
 * nothing of it moves any more, its registrations included.
 *
 * <p>Every decision counts the registrations held here, so two decisions on the same training must
 * not run side by side: the service locks the training's row first (a pessimistic write lock).
 */
@Entity
@Table(name = "training")
public class Training extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAXLENGTH = 200;
    public static final int DESCRIPTION_MAXLENGTH = 4000;
    public static final int TOPICS_MAXLENGTH = 500;
    public static final int MAX_CAPACITY = 10_000;
    /** The share of sessions (in percent) a person attends to complete, unless the training says otherwise. */
    public static final int DEFAULT_COMPLETION_SHARE = 75;

    @Column(length = TITLE_MAXLENGTH, nullable = false)
    private String title;

    @Column(name = "description_text", length = DESCRIPTION_MAXLENGTH, nullable = false)
    private String description;

    @Column(length = TOPICS_MAXLENGTH, nullable = false)
    private String topics;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_language", length = 10, nullable = false)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private TrainingMode mode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Institution provider;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "registration_opens", nullable = false)
    private Instant registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    private Instant registrationCloses;

    @Column(name = "cancellation_deadline", nullable = false)
    private Instant cancellationDeadline;

    @Column(name = "nomination_required", nullable = false)
    private boolean nominationRequired;

    /** The completion rule: the share of the sessions, in percent (1 to 100), a person attends to complete. */
    @Column(name = "completion_share", nullable = false)
    private int completionShare = DEFAULT_COMPLETION_SHARE;

    /** Whether people with fewer opportunities go ahead of the others on the waiting list. */
    @Column(name = "priority_fewer_opportunities", nullable = false)
    private boolean priorityForFewerOpportunities;

    /** When a provider closed the training and its completions were decided; null while open. */
    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "training", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("start ASC")
    private List<TrainingSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "training", cascade = CascadeType.PERSIST)
    private List<Registration> registrations = new ArrayList<>();

    protected Training() {
        // for JPA
    }

    /** What the training is about: everything but the sessions and the seats. */
    public record Description(String title, String description, String topics, Language language, TrainingMode mode,
            Institution provider, int capacity, Instant registrationOpens, Instant registrationCloses,
            Instant cancellationDeadline, boolean nominationRequired) {
    }

    public Training(Description what, List<SessionPlan> plans) {
        describe(what, Instant.EPOCH);
        planSessions(plans);
    }

    /**
     * Changes what the training is. The capacity cannot drop below the seats taken; when it grows,
     * the first on the waiting list get the new seats, and those are returned. It no longer grows
     * once the first session has begun: a new seat would go to someone who missed the beginning,
     * and nobody registers any more to take it. The window and the
     * deadline are checked against the sessions by {@link #planSessions}, which follows in the same
     * change: a training moved to other dates gets its new sessions only there.
     */
    public final List<Registration> describe(Description what, Instant now) {
        requireNotClosed();
        Objects.requireNonNull(what.language());
        Objects.requireNonNull(what.mode());
        Objects.requireNonNull(what.provider());
        Objects.requireNonNull(what.cancellationDeadline());
        if (!what.registrationCloses().isAfter(what.registrationOpens())) {
            throw new TrainingRuleException(Rule.WINDOW_END_BEFORE_START);
        }
        // A deadline before the opening would leave nobody a moment to give a seat up.
        if (what.cancellationDeadline().isBefore(what.registrationOpens())) {
            throw new TrainingRuleException(Rule.DEADLINE_BEFORE_OPENING);
        }
        if (what.capacity() < 1 || what.capacity() > MAX_CAPACITY) {
            throw new TrainingRuleException(Rule.CAPACITY_TOO_SMALL, MAX_CAPACITY);
        }
        if (what.capacity() < seatsTaken()) {
            throw new TrainingRuleException(Rule.CAPACITY_BELOW_TAKEN, seatsTaken());
        }
        if (what.capacity() > capacity && hasBegunAt(now)) {
            throw new TrainingRuleException(Rule.CAPACITY_RAISED_AFTER_FIRST_SESSION, sessions.get(0).getStartInstant());
        }
        this.title = what.title().trim();
        this.description = what.description().trim();
        this.topics = what.topics() == null ? "" : what.topics().trim();
        this.language = what.language();
        this.mode = what.mode();
        this.provider = what.provider();
        this.capacity = what.capacity();
        this.registrationOpens = what.registrationOpens();
        this.registrationCloses = what.registrationCloses();
        this.cancellationDeadline = what.cancellationDeadline();
        this.nominationRequired = what.nominationRequired();
        return promoteWhileSeatsFree(RegistrationReason.PROMOTED_CAPACITY_RAISED, now);
    }

    /**
     * Replaces the sessions by these, at least one, each checked. The same sessions again change
     * nothing; other sessions are refused once attendance has been marked, which belongs to the sessions.
     * Registration closes and the cancellation deadline falls no later than the first session starts.
     * A self-paced training has none: its participants learn in its module whenever they like.
     * When the first session starts at another moment than before, everyone still in the training
     * (a seat, a place on the list, a request) is to be reminded again, and is returned to be told.
     */
    public final List<Registration> planSessions(List<SessionPlan> plans) {
        requireNotClosed();
        Optional<Instant> firstBefore = getFirstSession().map(TrainingSession::getStartInstant);
        if (isSelfPaced()) {
            if (plans != null && !plans.isEmpty()) {
                throw new TrainingRuleException(Rule.SELF_PACED_WITH_SESSIONS);
            }
            if (!sessions.isEmpty()) {
                requireNoAttendance();
            }
            sessions.clear();
            return List.of();
        }
        if (plans == null || plans.isEmpty()) {
            throw new TrainingRuleException(Rule.NO_SESSIONS);
        }
        List<TrainingSession> planned = plans.stream().map(plan -> new TrainingSession(this, plan))
                .sorted(Comparator.comparing(TrainingSession::getStartInstant))
                .toList();
        // Checked also when the sessions stay: the window and the deadline may just have changed.
        requireWindowBefore(planned.get(0).getStartInstant());
        if (!sessions.isEmpty() && sessions.size() == plans.size() && sessions.stream().map(TrainingSession::toPlan)
                .collect(Collectors.toSet()).equals(plans.stream().map(TrainingSession::normalised).collect(Collectors.toSet()))) {
            return List.of();
        }
        requireNoAttendance();
        sessions.clear();
        sessions.addAll(planned);
        if (firstBefore.equals(Optional.of(planned.get(0).getStartInstant()))) {
            return List.of();
        }
        return rescheduled();
    }

    /**
     * Those still in the training after its first session moved: a reminder already sent named the old
     * first session, so the reminders send them another before the new one.
     */
    private List<Registration> rescheduled() {
        List<Registration> active = registrations.stream().filter(Registration::isActive).toList();
        active.forEach(Registration::forgetReminder);
        return active;
    }

    /** Sets the completion rule: the share of the sessions, in percent from 1 to 100, a person attends to complete. */
    public void requireCompletionShare(int percent) {
        requireNotClosed();
        if (percent < 1 || percent > 100) {
            throw new TrainingRuleException(Rule.COMPLETION_SHARE_OUT_OF_RANGE, percent);
        }
        this.completionShare = percent;
    }

    /**
     * Switches the priority for people with fewer opportunities. It applies to those who join the
     * waiting list from now on; the places already given stay as they are.
     */
    public void prioritiseFewerOpportunities(boolean on) {
        requireNotClosed();
        this.priorityForFewerOpportunities = on;
    }

    // Registration ------------------------------------------------------------------------------

    /** Whether people can register now: from the opening to the closing of the window, both included, unless closed. */
    public boolean isOpenAt(Instant now) {
        return !isClosed() && !now.isBefore(registrationOpens) && !now.isAfter(registrationCloses);
    }

    /** Whether a seat can still be given up now: until the deadline, unless closed. */
    public boolean isCancellableAt(Instant now) {
        return !isClosed() && !now.isAfter(cancellationDeadline);
    }

    /**
     * Registers a person: a teacher or a school administrator by themselves ({@code nominatedBy}
     * null), or a teacher nominated by their school administrator. A person's own request for a
     * training that needs the school's nomination waits for approval; otherwise the person gets a
     * seat if one is free, else the next place on the list.
     */
    public Registration register(UserAccount participant, UserAccount nominatedBy, Instant now) {
        return register(participant, nominatedBy, false, now);
    }

    /**
     * Registers a person as {@link #register(UserAccount, UserAccount, Instant)} does, saying whether
     * they have fewer opportunities (a rural school, a first training): when the training gives such
     * people priority and it is full, they are placed behind the others with priority but ahead of
     * everyone else, who move down one place each with that reason.
     */
    public Registration register(UserAccount participant, UserAccount nominatedBy, boolean fewerOpportunities, Instant now) {
        requireNotClosed();
        if (!isOpenAt(now)) {
            throw new TrainingRuleException(Rule.REGISTRATION_CLOSED, registrationOpens, registrationCloses);
        }
        boolean mayTakePart = participant.hasRole(Role.TEACHER) || (nominatedBy == null && participant.hasRole(Role.SCHOOL_ADMIN));
        if (!mayTakePart) {
            throw new TrainingRuleException(Rule.NOT_FOR_PARTICIPANT);
        }
        Optional<Registration> earlier = registrationOf(participant);
        if (earlier.filter(Registration::isActive).isPresent()) {
            throw new TrainingRuleException(Rule.ALREADY_REGISTERED, earlier.get().getStatus());
        }
        Registration registration = earlier.orElseGet(() -> {
            Registration created = new Registration(this, participant);
            registrations.add(created);
            return created;
        });
        registration.nominatedBy(nominatedBy);
        registration.fewerOpportunities(fewerOpportunities);
        if (nominationRequired && nominatedBy == null) {
            registration.move(RegistrationStatus.PENDING_APPROVAL, null, RegistrationReason.REQUESTED, participant, now);
        } else {
            seatOrList(registration, RegistrationReason.ARRIVED, nominatedBy == null ? participant : nominatedBy, now);
        }
        return registration;
    }

    /**
     * The school administrator approves a person's own request: a seat if one is free, else the end of
     * the list. A request may be decided after registration closes, but approved only until the first
     * session begins, as registration ends by then: a seat after it would be in a training under way.
     */
    public void approve(Registration registration, UserAccount schoolAdmin, Instant now) {
        requireOwn(registration);
        requireNotClosed();
        if (registration.getStatus() != RegistrationStatus.PENDING_APPROVAL) {
            throw new TrainingRuleException(Rule.NOT_PENDING, registration.getStatus());
        }
        if (hasBegunAt(now)) {
            throw new TrainingRuleException(Rule.APPROVAL_AFTER_FIRST_SESSION, sessions.get(0).getStartInstant());
        }
        registration.nominatedBy(schoolAdmin);
        seatOrList(registration, RegistrationReason.APPROVED, schoolAdmin, now);
    }

    /** The school administrator declines a person's own request. */
    public void decline(Registration registration, UserAccount schoolAdmin, Instant now) {
        requireOwn(registration);
        requireNotClosed();
        if (registration.getStatus() != RegistrationStatus.PENDING_APPROVAL) {
            throw new TrainingRuleException(Rule.NOT_PENDING, registration.getStatus());
        }
        registration.move(RegistrationStatus.DECLINED, null, RegistrationReason.DECLINED, schoolAdmin, now);
    }

    /**
     * Ends a registration: a seat is given up (only until the cancellation deadline) and goes to the
     * first on the waiting list; a place on the list is left (at any time) and those behind move up;
     * a request is withdrawn. Returns whoever got a seat by it. Nothing ends once the training is
     * closed: a freed seat would go to someone for sessions that are over.
     */
    public List<Registration> cancel(Registration registration, UserAccount actor, Instant now) {
        requireOwn(registration);
        requireNotClosed();
        RegistrationStatus status = registration.getStatus();
        if (registration.isCompleted()) {
            throw new TrainingRuleException(Rule.ALREADY_COMPLETED, registration.getCompletedAt());
        }
        if (status == RegistrationStatus.REGISTERED) {
            if (!isCancellableAt(now)) {
                throw new TrainingRuleException(Rule.CANCELLATION_DEADLINE_PASSED, cancellationDeadline);
            }
            registration.move(RegistrationStatus.CANCELLED, null, RegistrationReason.CANCELLED, actor, now);
            return promoteWhileSeatsFree(RegistrationReason.PROMOTED_SEAT_FREED, now);
        }
        if (status == RegistrationStatus.WAITLISTED) {
            registration.move(RegistrationStatus.CANCELLED, null, RegistrationReason.LEFT_WAITING_LIST, actor, now);
            closeGaps(now);
            return List.of();
        }
        if (status == RegistrationStatus.PENDING_APPROVAL) {
            registration.move(RegistrationStatus.CANCELLED, null, RegistrationReason.WITHDRAWN, actor, now);
            return List.of();
        }
        throw new TrainingRuleException(Rule.NOT_ACTIVE, status);
    }

    private void seatOrList(Registration registration, RegistrationReason reason, UserAccount actor, Instant now) {
        if (getSeatsLeft() > 0) {
            registration.move(RegistrationStatus.REGISTERED, null, reason, actor, now);
        } else if (priorityForFewerOpportunities && registration.isFewerOpportunities()) {
            List<Registration> waiting = getWaitingList();
            int place = 1 + (int) waiting.stream().takeWhile(Registration::isFewerOpportunities).count();
            for (Registration behind : waiting.subList(place - 1, waiting.size())) {
                behind.move(RegistrationStatus.WAITLISTED, behind.getPosition() + 1, RegistrationReason.MOVED_DOWN_FOR_PRIORITY,
                        null, now);
            }
            registration.move(RegistrationStatus.WAITLISTED, place,
                    place <= waiting.size() ? RegistrationReason.ARRIVED_WITH_PRIORITY : reason, actor, now);
        } else {
            registration.move(RegistrationStatus.WAITLISTED, getWaitingListLength() + 1, reason, actor, now);
        }
    }

    // Attendance and completion -----------------------------------------------------------------

    /**
     * Marks whether a person holding a seat was present at a session that has started. Marking
     * again corrects the mark. Refused once the training is closed, and for one's own seat: the
     * attendance decides the certificate, so someone else of the provider vouches for it.
     */
    public Attendance markAttendance(TrainingSession session, Registration registration, boolean present, UserAccount by,
            Instant now) {
        requireOwn(registration);
        if (!sessions.contains(session)) {
            throw new IllegalArgumentException("The session belongs to another training");
        }
        requireNotClosed();
        if (session.getStartInstant().isAfter(now)) {
            throw new TrainingRuleException(Rule.SESSION_NOT_STARTED, session.getStartInstant());
        }
        if (registration.getStatus() != RegistrationStatus.REGISTERED) {
            throw new TrainingRuleException(Rule.NOT_REGISTERED, registration.getStatus());
        }
        if (registration.getParticipant().equals(by)) {
            throw new TrainingRuleException(Rule.OWN_ATTENDANCE);
        }
        Attendance attendance = registration.attendanceAt(session).orElseGet(() -> registration.addAttendance(session));
        attendance.mark(present, by, now);
        return attendance;
    }

    /** Whether the person attended enough sessions to complete under the training's rule. */
    public boolean meetsCompletionRule(Registration registration) {
        return !sessions.isEmpty() && registration.getSessionsAttended() * 100 >= (long) completionShare * sessions.size();
    }

    /**
     * Closes the training after its last session has ended: every seat whose attendance meets the
     * completion rule completes, each with a new certificate code from {@code codes}. Those who
     * completed are returned. A closed training is not closed again and its attendance no longer changes.
     */
    public List<Registration> close(Instant now, Supplier<String> codes) {
        requireNotClosed();
        if (!isOverAt(now)) {
            throw new TrainingRuleException(Rule.NOT_OVER);
        }
        closedAt = now;
        List<Registration> completed = new ArrayList<>();
        for (Registration registration : registrations) {
            if (registration.getStatus() == RegistrationStatus.REGISTERED && !registration.isCompleted()
                    && meetsCompletionRule(registration)) {
                registration.complete(CompletionBasis.ATTENDANCE, codes.get(), now);
                completed.add(registration);
            }
        }
        return completed;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getCompletionShare() {
        return completionShare;
    }

    public boolean isPriorityForFewerOpportunities() {
        return priorityForFewerOpportunities;
    }

    /**
     * Gives free seats to the first on the list whose account is active, then closes the gaps they leave behind. An
     * inactive account is passed over and keeps its place: nobody would take the seat up, and ending the place is an
     * act of the person or of the coordinator who deactivates them, not of the list.
     */
    private List<Registration> promoteWhileSeatsFree(RegistrationReason reason, Instant now) {
        List<Registration> promoted = getWaitingList().stream()
                .filter(waiting -> waiting.getParticipant().isActive())
                .limit(getSeatsLeft())
                .toList();
        promoted.forEach(first -> first.move(RegistrationStatus.REGISTERED, null, reason, null, now));
        if (!promoted.isEmpty()) {
            closeGaps(now);
        }
        return promoted;
    }

    /** Numbers the list 1..n again in its order; everyone who moves up gets a step saying so. */
    private void closeGaps(Instant now) {
        List<Registration> waiting = getWaitingList();
        for (int i = 0; i < waiting.size(); i++) {
            Registration registration = waiting.get(i);
            if (registration.getPosition() != i + 1) {
                registration.move(RegistrationStatus.WAITLISTED, i + 1, RegistrationReason.MOVED_UP, null, now);
            }
        }
    }

    /** A closed training is a record: what it was, who held a seat, who attended and who completed no longer change. */
    private void requireNotClosed() {
        if (closedAt != null) {
            throw new TrainingRuleException(Rule.TRAINING_CLOSED, closedAt);
        }
    }

    /**
     * Registration closes, and seats can be given up, no later than the first session starts: after
     * it a seat is a place in a training under way, and a seat freed then would go to someone who
     * missed its beginning. The deadline is also checked against the opening, by {@link #describe}.
     */
    private void requireWindowBefore(Instant firstSession) {
        if (registrationCloses.isAfter(firstSession)) {
            throw new TrainingRuleException(Rule.WINDOW_AFTER_FIRST_SESSION, firstSession);
        }
        if (cancellationDeadline.isAfter(firstSession)) {
            throw new TrainingRuleException(Rule.DEADLINE_AFTER_FIRST_SESSION, firstSession);
        }
    }

    /** The sessions' attendance belongs to them: sessions with attendance marked stay. */
    private void requireNoAttendance() {
        if (registrations != null && registrations.stream().anyMatch(r -> !r.getAttendance().isEmpty())) {
            throw new TrainingRuleException(Rule.SESSIONS_HAVE_ATTENDANCE);
        }
    }

    private void requireOwn(Registration registration) {
        if (registration.getTraining() != this && !registration.getTraining().equals(this)) {
            throw new IllegalArgumentException("The registration belongs to another training");
        }
    }

    // Reading -----------------------------------------------------------------------------------

    public Optional<Registration> registrationOf(UserAccount person) {
        return registrations.stream().filter(r -> r.getParticipant().equals(person)).findFirst();
    }

    /**
     * Counts the seats held among every registration of the training, which it reads: the count a decision
     * takes under the training's lock. A list of trainings, and a training's own page, have the database
     * count them instead.
     */
    public int getSeatsTaken() {
        return (int) registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count();
    }

    private int seatsTaken() {
        return registrations == null ? 0 : getSeatsTaken();
    }

    public int getSeatsLeft() {
        return Math.max(0, capacity - getSeatsTaken());
    }

    /** The waiting list in its order: position 1 first. */
    public List<Registration> getWaitingList() {
        return registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparing(Registration::getPosition))
                .toList();
    }

    public int getWaitingListLength() {
        return (int) registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED).count();
    }

    public Optional<TrainingSession> getFirstSession() {
        return sessions.stream().findFirst();
    }

    /** Whether the first session has started; a self-paced training, having none, never begins. */
    public boolean hasBegunAt(Instant now) {
        return getFirstSession().filter(first -> !first.getStartInstant().isAfter(now)).isPresent();
    }

    /** Whether the last session has ended; a self-paced training, having none, is never over. */
    public boolean isOverAt(Instant now) {
        return !isSelfPaced() && sessions.stream().allMatch(s -> s.getEndInstant().isBefore(now));
    }

    /** Whether the training is a self-paced module rather than sessions. */
    public boolean isSelfPaced() {
        return mode == TrainingMode.SELF_PACED;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getTopics() {
        return topics;
    }

    public Language getLanguage() {
        return language;
    }

    public TrainingMode getMode() {
        return mode;
    }

    public Institution getProvider() {
        return provider;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public Instant getCancellationDeadline() {
        return cancellationDeadline;
    }

    public boolean isNominationRequired() {
        return nominationRequired;
    }

    public List<TrainingSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }

    public List<Registration> getRegistrations() {
        return Collections.unmodifiableList(registrations);
    }
}
