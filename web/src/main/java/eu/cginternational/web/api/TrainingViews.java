package eu.cginternational.web.api;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStep;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.service.training.TrainingRegistrations;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** What the API shows of trainings and registrations. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A session: wall-clock start and end in its time zone, and the moment it starts. */
    public record Session(LocalDateTime start, LocalDateTime end, String timeZone, Instant startsAt, String place,
            String onlineLink) {
        static Session of(TrainingSession s) {
            return new Session(s.getStart(), s.getEnd(), s.getTimeZone(), s.getStartInstant(), s.getPlace(), s.getOnlineLink());
        }
    }

    public record Summary(Long id, String title, String language, String mode, Views.InstitutionRef provider,
            int capacity, int seatsLeft, int waitingListLength, Instant registrationOpens, Instant registrationCloses,
            boolean openForRegistration, boolean nominationRequired, Session firstSession) {
        static Summary of(Training t) {
            return new Summary(t.getId(), t.getTitle(), t.getLanguage().name(), t.getMode().name(),
                    Views.InstitutionRef.of(t.getProvider()), t.getCapacity(), t.getSeatsLeft(), t.getWaitingListLength(),
                    t.getRegistrationOpens(), t.getRegistrationCloses(), t.isOpenAt(Instant.now()),
                    t.isNominationRequired(), t.getFirstSession().map(Session::of).orElse(null));
        }
    }

    /** The caller's own registration of a training, when they have one. */
    public record Mine(Long id, String status, Integer position) {
        static Mine of(Registration r) {
            return r == null ? null : new Mine(r.getId(), r.getStatus().name(), r.getPosition());
        }
    }

    public record Detail(Long id, String title, String description, String topics, String language, String mode,
            Views.InstitutionRef provider, int capacity, int seatsLeft, int waitingListLength,
            Instant registrationOpens, Instant registrationCloses, Instant cancellationDeadline,
            boolean openForRegistration, boolean nominationRequired, Long version, List<Session> sessions,
            Mine myRegistration, List<String> actions) {
        static Detail of(Training t, Registration mine, Set<TrainingRegistrations.Action> actions) {
            return new Detail(t.getId(), t.getTitle(), t.getDescription(), t.getTopics(), t.getLanguage().name(),
                    t.getMode().name(), Views.InstitutionRef.of(t.getProvider()), t.getCapacity(), t.getSeatsLeft(),
                    t.getWaitingListLength(), t.getRegistrationOpens(), t.getRegistrationCloses(),
                    t.getCancellationDeadline(), t.isOpenAt(Instant.now()), t.isNominationRequired(), t.getVersion(),
                    t.getSessions().stream().map(Session::of).toList(), Mine.of(mine),
                    actions.stream().map(Enum::name).sorted().toList());
        }
    }

    /** One change of a registration, with its reason; the actor is absent for changes the platform made. */
    public record Step(Instant occurredAt, String reason, String actor, String from, String to, Integer positionBefore,
            Integer positionAfter) {
        static Step of(RegistrationStep s) {
            return new Step(s.getOccurredAt(), s.getReason().name(),
                    s.isMadeByThePlatform() ? null : s.getActor().getUsername(),
                    s.getBefore() == null ? null : s.getBefore().name(), s.getAfter().name(),
                    s.getPositionBefore(), s.getPositionAfter());
        }
    }

    public record RegistrationView(Long id, Long trainingId, String trainingTitle, MobilityViews.Person participant,
            String status, Integer position, String nominatedBy, List<Step> history) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.getId(), r.getTraining().getId(), r.getTraining().getTitle(),
                    new MobilityViews.Person(r.getParticipant().getId(), r.getParticipant().getUsername(),
                            r.getParticipant().getFullName()),
                    r.getStatus().name(), r.getPosition(),
                    r.getNominatedBy() == null ? null : r.getNominatedBy().getUsername(),
                    r.getHistory().stream().map(Step::of).toList());
        }
    }

    /** The body of a registration: empty to register oneself, or the person a school administrator nominates. */
    public static class RegistrationRequest {
        private Long participantId;

        public Long getParticipantId() {
            return participantId;
        }

        public void setParticipantId(Long participantId) {
            this.participantId = participantId;
        }
    }
}
