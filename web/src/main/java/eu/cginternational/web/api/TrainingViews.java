package eu.cginternational.web.api;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStep;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.training.AttendanceSheet;
import eu.cginternational.service.training.CatalogueRow;
import eu.cginternational.service.training.TrainingDashboard;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.service.training.TrainingRoster;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        static Summary of(CatalogueRow row) {
            Training t = row.getTraining();
            return new Summary(t.getId(), t.getTitle(), t.getLanguage().name(), t.getMode().name(),
                    Views.InstitutionRef.of(t.getProvider()), t.getCapacity(), row.getSeatsLeft(), row.getWaitingListLength(),
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
        static Detail of(CatalogueRow row, Registration mine, Set<TrainingRegistrations.Action> actions) {
            Training t = row.getTraining();
            return new Detail(t.getId(), t.getTitle(), t.getDescription(), t.getTopics(), t.getLanguage().name(),
                    t.getMode().name(), Views.InstitutionRef.of(t.getProvider()), t.getCapacity(), row.getSeatsLeft(),
                    row.getWaitingListLength(), t.getRegistrationOpens(), t.getRegistrationCloses(),
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
            String status, Integer position, String nominatedBy, List<Step> history, Instant completedAt,
            String certificateCode, Integer feedbackRating) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.getId(), r.getTraining().getId(), r.getTraining().getTitle(),
                    new MobilityViews.Person(r.getParticipant().getId(), r.getParticipant().getUsername(),
                            r.getParticipant().getFullName()),
                    r.getStatus().name(), r.getPosition(),
                    r.getNominatedBy() == null ? null : r.getNominatedBy().getUsername(),
                    r.getHistory().stream().map(Step::of).toList(), r.getCompletedAt(), r.getCertificateCode(),
                    r.getFeedbackRating());
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

    /** One school's training figures ({@link TrainingDashboard.SchoolRow}), its rates from 0 to 1 or null when nothing counts yet. */
    public record Figures(String country, String school, long seats, long waiting, long marks, long present,
            long finishedSeats, long completed, Double attendanceRate, Double completionRate) {
        static Figures of(TrainingDashboard.SchoolRow row) {
            return new Figures(row.country(), row.school(), row.seats(), row.waiting(), row.marks(), row.present(),
                    row.finishedSeats(), row.completed(), row.getAttendanceRate(), row.getCompletionRate());
        }
    }

    /** One row of the attendance sheet: a person holding a seat and their marks by session id (absent when unmarked). */
    public record SheetRow(Long registrationId, MobilityViews.Person participant, Map<Long, Boolean> marks, long attended,
            boolean meetsRule, boolean completed) {
        static SheetRow of(AttendanceSheet sheet, Registration r) {
            Map<Long, Boolean> marks = new LinkedHashMap<>();
            sheet.sessions().forEach(s -> sheet.mark(r, s).ifPresent(mark -> marks.put(s.getId(), mark)));
            return new SheetRow(r.getId(), new MobilityViews.Person(r.getParticipant().getId(), r.getParticipant().getUsername(),
                    r.getParticipant().getFullName()), marks, r.getSessionsAttended(), sheet.meetsRule(r), r.isCompleted());
        }
    }

    /** A session of the sheet, with its id for marking. */
    public record SheetSession(Long id, LocalDateTime start, LocalDateTime end, String timeZone, Instant startsAt) {
        static SheetSession of(TrainingSession s) {
            return new SheetSession(s.getId(), s.getStart(), s.getEnd(), s.getTimeZone(), s.getStartInstant());
        }
    }

    /**
     * The attendance sheet of a training: its completion rule, whether it is closed, its sessions, and a page of its
     * seats with the number of seats in all.
     */
    public record Sheet(Long trainingId, int completionShare, Instant closedAt, List<SheetSession> sessions, List<SheetRow> seats,
            long total) {
        static Sheet of(AttendanceSheet sheet, Page<Registration> seats) {
            return new Sheet(sheet.training().getId(), sheet.training().getCompletionShare(), sheet.training().getClosedAt(),
                    sheet.sessions().stream().map(SheetSession::of).toList(),
                    seats.items().stream().map(r -> SheetRow.of(sheet, r)).toList(), seats.total());
        }
    }

    /** A registration of a training as its provider lists it: the person, their school, the outcome and the rating. */
    public record RosterRow(Long id, MobilityViews.Person participant, String school, String status, Integer position,
            long attended, int sessions, Instant completedAt, String certificateCode, Integer feedbackRating) {
        static RosterRow of(TrainingRoster.RegistrationRow row) {
            Registration r = row.registration();
            return new RosterRow(r.getId(), new MobilityViews.Person(r.getParticipant().getId(), r.getParticipant().getUsername(),
                    r.getParticipant().getFullName()), r.getParticipant().getInstitution().getName(), r.getStatus().name(),
                    r.getPosition(), row.attended(), row.sessions(), r.getCompletedAt(), r.getCertificateCode(), r.getFeedbackRating());
        }
    }

    /** A participant's comment on a training, with their rating. */
    public record Comment(String comment, Integer rating, Instant givenAt) {
        static Comment of(TrainingRoster.FeedbackComment c) {
            return new Comment(c.comment(), c.rating(), c.givenAt());
        }
    }

    /** The body of an attendance mark. */
    public static class Mark {
        private Boolean present;

        public Boolean getPresent() {
            return present;
        }

        public void setPresent(Boolean present) {
            this.present = present;
        }
    }
}
