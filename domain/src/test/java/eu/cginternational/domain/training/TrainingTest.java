package eu.cginternational.domain.training;

import static eu.cginternational.domain.PersistedAs.withId;
import static eu.cginternational.domain.training.RegistrationStatus.CANCELLED;
import static eu.cginternational.domain.training.RegistrationStatus.DECLINED;
import static eu.cginternational.domain.training.RegistrationStatus.PENDING_APPROVAL;
import static eu.cginternational.domain.training.RegistrationStatus.REGISTERED;
import static eu.cginternational.domain.training.RegistrationStatus.WAITLISTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.training.TrainingRuleException.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrainingTest {

    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true);
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T23:59:59Z");
    private static final Instant DEADLINE = Instant.parse("2026-04-10T12:00:00Z");
    private static final Instant DURING = Instant.parse("2026-03-15T10:00:00Z");
    private static final LocalDateTime SESSION_START = LocalDateTime.of(2026, 4, 20, 9, 0);

    private final Institution school = withId(new Institution("SVS-Pljevlja", InstitutionType.VET_SCHOOL, MONTENEGRO,
            "Pljevlja", new GeoPoint(43.36, 19.36)), 10L);
    private final Institution provider = withId(new Institution("Mundus", InstitutionType.PROJECT_PARTNER, MONTENEGRO,
            "Podgorica", new GeoPoint(42.44, 19.26)), 11L);
    private final UserAccount admin = account(100L, Role.SCHOOL_ADMIN);
    private long nextId = 1;

    private UserAccount account(long id, Role role) {
        return withId(new UserAccount("person" + id, "person" + id + "@example.org", "Person " + id, school,
                EnumSet.of(role), Language.CNR, "hash"), id);
    }

    private UserAccount teacher() {
        return account(nextId++, Role.TEACHER);
    }

    private static SessionPlan session(LocalDateTime start) {
        return new SessionPlan(start, start.plusHours(3), "Europe/Podgorica", "SVS-Pljevlja, room 12", null);
    }

    private Training.Description description(int capacity, boolean nomination) {
        return new Training.Description("Career guidance basics", "Four mornings on guidance.", "guidance, RIASEC",
                Language.CNR, TrainingMode.ON_SITE, provider, capacity, OPENS, CLOSES, DEADLINE, nomination);
    }

    private Training training(int capacity) {
        return new Training(description(capacity, false), List.of(session(SESSION_START)));
    }

    private static Instant later(int minutes) {
        return DURING.plus(Duration.ofMinutes(minutes));
    }

    @Nested
    class RegistrationWindow {

        @Test
        void registrationInsideTheWindowGetsASeat() {
            Registration registration = training(2).register(teacher(), null, DURING);
            assertThat(registration.getStatus()).isEqualTo(REGISTERED);
            assertThat(registration.getPosition()).isNull();
            assertThat(registration.getLastStep().getReason()).isEqualTo(RegistrationReason.ARRIVED);
        }

        @Test
        void bothEndsOfTheWindowAreIncluded() {
            Training training = training(5);
            assertThat(training.register(teacher(), null, OPENS).getStatus()).isEqualTo(REGISTERED);
            assertThat(training.register(teacher(), null, CLOSES).getStatus()).isEqualTo(REGISTERED);
        }

        @Test
        void registrationBeforeOrAfterTheWindowIsRefused() {
            Training training = training(5);
            TrainingRuleException before = assertThrows(TrainingRuleException.class,
                    () -> training.register(teacher(), null, OPENS.minusSeconds(1)));
            TrainingRuleException after = assertThrows(TrainingRuleException.class,
                    () -> training.register(teacher(), null, CLOSES.plusSeconds(1)));
            assertThat(List.of(before.getRule(), after.getRule())).containsOnly(Rule.REGISTRATION_CLOSED);
            assertThat(training.getRegistrations()).isEmpty();
        }

        @Test
        void theWindowMustCloseAfterItOpens() {
            Training.Description wrong = new Training.Description("T", "D", "", Language.EN, TrainingMode.ONLINE,
                    provider, 5, CLOSES, OPENS, DEADLINE, false);
            assertThat(assertThrows(TrainingRuleException.class, () -> new Training(wrong, List.of(session(SESSION_START))))
                    .getRule()).isEqualTo(Rule.WINDOW_END_BEFORE_START);
        }
    }

    @Nested
    class DatesAndSessions {

        /** The first session's start as a moment: 09:00 in Podgorica, summer time. */
        private static final Instant FIRST_START = Instant.parse("2026-04-20T07:00:00Z");

        private Training.Description dated(TrainingMode mode, Instant opens, Instant closes, Instant deadline) {
            return new Training.Description("Career guidance basics", "Four mornings on guidance.", "", Language.CNR, mode,
                    provider, 5, opens, closes, deadline, false);
        }

        private Rule refused(Instant closes, Instant deadline) {
            return assertThrows(TrainingRuleException.class, () -> new Training(dated(TrainingMode.ON_SITE, OPENS, closes,
                    deadline), List.of(session(SESSION_START)))).getRule();
        }

        @Test
        void registrationClosesByTheStartOfTheFirstSession() {
            assertThat(refused(FIRST_START.plusSeconds(1), DEADLINE)).isEqualTo(Rule.WINDOW_AFTER_FIRST_SESSION);
            assertThat(new Training(dated(TrainingMode.ON_SITE, OPENS, FIRST_START, DEADLINE), List.of(session(SESSION_START)))
                    .getRegistrationCloses()).isEqualTo(FIRST_START);
        }

        @Test
        void theCancellationDeadlineLiesBetweenTheOpeningAndTheFirstSession() {
            assertThat(refused(CLOSES, OPENS.minusSeconds(1))).isEqualTo(Rule.DEADLINE_BEFORE_OPENING);
            assertThat(refused(CLOSES, FIRST_START.plusSeconds(1))).isEqualTo(Rule.DEADLINE_AFTER_FIRST_SESSION);
            assertThat(List.of(OPENS, FIRST_START)).allSatisfy(deadline -> assertThat(new Training(dated(TrainingMode.ON_SITE,
                    OPENS, CLOSES, deadline), List.of(session(SESSION_START))).getCancellationDeadline()).isEqualTo(deadline));
        }

        @Test
        void theEarliestSessionCountsWhateverTheOrderTheyComeIn() {
            LocalDateTime earlier = SESSION_START.minusDays(12);
            assertThat(assertThrows(TrainingRuleException.class, () -> new Training(description(5, false),
                    List.of(session(SESSION_START), session(earlier)))).getRule()).isEqualTo(Rule.DEADLINE_AFTER_FIRST_SESSION);
        }

        @Test
        void newDatesAreCheckedAgainstSessionsThatStay() {
            Training training = training(3);
            List<SessionPlan> same = training.getSessions().stream().map(TrainingSession::toPlan).toList();
            training.describe(dated(TrainingMode.ON_SITE, OPENS, FIRST_START.plus(Duration.ofDays(3)), DEADLINE), DURING);

            assertThat(assertThrows(TrainingRuleException.class, () -> training.planSessions(same)).getRule())
                    .isEqualTo(Rule.WINDOW_AFTER_FIRST_SESSION);
        }

        @Test
        void aTrainingMovesLaterWithItsDatesAndSessionsTogether() {
            Training training = training(3);
            Duration month = Duration.ofDays(30);
            training.describe(dated(TrainingMode.ON_SITE, OPENS.plus(month), CLOSES.plus(month), DEADLINE.plus(month)), DURING);
            training.planSessions(List.of(session(SESSION_START.plusDays(30))));

            assertThat(training.getFirstSession().orElseThrow().getStartInstant()).isEqualTo(FIRST_START.plus(month));
        }

        @Test
        void aSelfPacedModuleKeepsOnlyItsDeadlineAfterTheOpening() {
            Instant farAway = CLOSES.plus(Duration.ofDays(120));
            Training module = new Training(dated(TrainingMode.SELF_PACED, OPENS, CLOSES, farAway), List.of());
            assertThat(module.getCancellationDeadline()).isEqualTo(farAway);
            assertThat(assertThrows(TrainingRuleException.class, () -> new Training(dated(TrainingMode.SELF_PACED, OPENS, CLOSES,
                    OPENS.minusSeconds(1)), List.of())).getRule()).isEqualTo(Rule.DEADLINE_BEFORE_OPENING);
        }
    }

    @Nested
    class Rescheduling {

        @Test
        void movingTheFirstSessionRemindsEveryoneStillInTheTrainingAgain() {
            Training training = training(1);
            Registration seat = training.register(teacher(), null, DURING);
            Registration waiting = training.register(teacher(), null, later(1));
            Registration gone = training.register(teacher(), null, later(2));
            training.cancel(gone, gone.getParticipant(), later(3));
            List.of(seat, waiting, gone).forEach(registration -> registration.remind(later(4)));

            List<Registration> told = training.planSessions(List.of(session(SESSION_START.plusDays(14))));

            assertThat(told).containsExactlyInAnyOrder(seat, waiting);
            assertThat(List.of(seat, waiting)).extracting(Registration::getRemindedAt).containsOnlyNulls();
            assertThat(gone.getRemindedAt()).isEqualTo(later(4));
            assertThat(seat.remind(later(5))).isTrue();
        }

        @Test
        void sessionsThatKeepTheFirstStartLeaveTheRemindersAsTheyAre() {
            Training training = training(3);
            Registration seat = training.register(teacher(), null, DURING);
            seat.remind(later(1));
            // 08:00 in London is the moment of 09:00 in Podgorica: the same start, written on another clock.
            SessionPlan sameMoment = new SessionPlan(SESSION_START.minusHours(1), SESSION_START.plusHours(2), "Europe/London",
                    "Online room", null);

            List<Registration> told = training.planSessions(List.of(sameMoment, session(SESSION_START.plusDays(1))));

            assertThat(told).isEmpty();
            assertThat(training.getSessions()).hasSize(2);
            assertThat(seat.getRemindedAt()).isEqualTo(later(1));
        }

        @Test
        void aSelfPacedModuleHasNoFirstSessionToMove() {
            Training module = new Training(new Training.Description("Guidance online", "At one's own pace.", "", Language.CNR,
                    TrainingMode.SELF_PACED, provider, 2, OPENS, CLOSES, DEADLINE, false), List.of());
            module.register(teacher(), null, DURING);

            assertThat(module.planSessions(List.of())).isEmpty();
        }
    }

    @Nested
    class OnePersonOnce {

        @Test
        void aSecondRegistrationOfTheSamePersonIsRefused() {
            Training training = training(5);
            UserAccount teacher = teacher();
            training.register(teacher, null, DURING);
            TrainingRuleException refused = assertThrows(TrainingRuleException.class,
                    () -> training.register(account(teacher.getId(), Role.TEACHER), null, later(1)));
            assertThat(refused.getRule()).isEqualTo(Rule.ALREADY_REGISTERED);
            assertThat(training.getRegistrations()).hasSize(1);
        }

        @Test
        void aPersonOnTheWaitingListCannotRegisterAgainEither() {
            Training training = training(1);
            training.register(teacher(), null, DURING);
            UserAccount waiting = teacher();
            training.register(waiting, null, later(1));
            assertThat(assertThrows(TrainingRuleException.class, () -> training.register(waiting, null, later(2))).getRule())
                    .isEqualTo(Rule.ALREADY_REGISTERED);
        }

        @Test
        void afterCancellingOneMayRegisterAgainOnTheSameRegistration() {
            Training training = training(3);
            UserAccount teacher = teacher();
            Registration first = training.register(teacher, null, DURING);
            training.cancel(first, teacher, later(1));
            Registration again = training.register(teacher, null, later(2));
            assertThat(again).isSameAs(first);
            assertThat(again.getStatus()).isEqualTo(REGISTERED);
            assertThat(again.getHistory()).extracting(RegistrationStep::getReason)
                    .containsExactly(RegistrationReason.ARRIVED, RegistrationReason.CANCELLED, RegistrationReason.ARRIVED);
        }

        @Test
        void onlyTeachersAndSchoolAdministratorsTakePart() {
            UserAccount student = account(50L, Role.STUDENT);
            assertThat(assertThrows(TrainingRuleException.class, () -> training(3).register(student, null, DURING)).getRule())
                    .isEqualTo(Rule.NOT_FOR_PARTICIPANT);
        }
    }

    @Nested
    class CapacityAndWaitingList {

        @Test
        void seatsNeverExceedTheCapacityAndLatecomersQueueInArrivalOrder() {
            Training training = training(3);
            List<Registration> all = IntStream.range(0, 7)
                    .mapToObj(i -> training.register(teacher(), null, later(i))).toList();
            assertThat(all).extracting(Registration::getStatus, Registration::getPosition).containsExactly(
                    tuple(REGISTERED, null), tuple(REGISTERED, null), tuple(REGISTERED, null),
                    tuple(WAITLISTED, 1), tuple(WAITLISTED, 2), tuple(WAITLISTED, 3), tuple(WAITLISTED, 4));
            assertThat(training.getSeatsTaken()).isEqualTo(3);
            assertThat(training.getSeatsLeft()).isZero();
            assertThat(training.getWaitingListLength()).isEqualTo(4);
            assertThat(training.getWaitingList()).containsExactlyElementsOf(all.subList(3, 7));
        }

        @Test
        void theCapacityCannotDropBelowTheSeatsTaken() {
            Training training = training(3);
            training.register(teacher(), null, DURING);
            training.register(teacher(), null, DURING);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.describe(description(1, false), DURING))
                    .getRule()).isEqualTo(Rule.CAPACITY_BELOW_TAKEN);
            assertThat(training.getCapacity()).isEqualTo(3);
        }

        @Test
        void raisingTheCapacityGivesTheNewSeatsToTheFirstWaiting() {
            Training training = training(1);
            training.register(teacher(), null, DURING);
            Registration first = training.register(teacher(), null, later(1));
            Registration second = training.register(teacher(), null, later(2));
            Registration third = training.register(teacher(), null, later(3));

            List<Registration> promoted = training.describe(description(3, false), later(10));

            assertThat(promoted).containsExactly(first, second);
            assertThat(first.getLastStep().getReason()).isEqualTo(RegistrationReason.PROMOTED_CAPACITY_RAISED);
            assertThat(third.getStatus()).isEqualTo(WAITLISTED);
            assertThat(third.getPosition()).isEqualTo(1);
            assertThat(third.getLastStep().getReason()).isEqualTo(RegistrationReason.MOVED_UP);
        }

        /** Nobody registers once the first session has begun: seats it would add could only go to the waiting. */
        @Test
        void theCapacityNoLongerGrowsOnceTheFirstSessionHasBegun() {
            Training training = training(1);
            training.register(teacher(), null, DURING);
            Registration waiting = training.register(teacher(), null, later(1));
            Instant firstStart = training.getFirstSession().orElseThrow().getStartInstant();

            TrainingRuleException refused = assertThrows(TrainingRuleException.class,
                    () -> training.describe(description(3, false), firstStart));

            assertThat(refused.getRule()).isEqualTo(Rule.CAPACITY_RAISED_AFTER_FIRST_SESSION);
            assertThat(refused.getArguments()).containsExactly(firstStart);
            assertThat(training.getCapacity()).isEqualTo(1);
            assertThat(waiting.getStatus()).isEqualTo(WAITLISTED);
            assertThat(waiting.getPosition()).isEqualTo(1);
            // The rest of the training may still be corrected, the capacity kept.
            assertThat(training.describe(description(1, false), firstStart)).isEmpty();
            assertThat(training.describe(description(3, false), firstStart.minusSeconds(1))).containsExactly(waiting);
        }

        @Test
        void aSelfPacedModuleGrowsAtAnyTime() {
            Training module = new Training(new Training.Description("Guidance online", "At one's own pace.", "", Language.CNR,
                    TrainingMode.SELF_PACED, provider, 1, OPENS, CLOSES, DEADLINE, false), List.of());
            module.register(teacher(), null, DURING);
            Registration waiting = module.register(teacher(), null, later(1));
            assertThat(module.describe(new Training.Description("Guidance online", "At one's own pace.", "", Language.CNR,
                    TrainingMode.SELF_PACED, provider, 2, OPENS, CLOSES, DEADLINE, false), CLOSES.plusSeconds(3600)))
                    .containsExactly(waiting);
        }

        @Test
        void aCapacityBelowOneIsRefused() {
            assertThat(assertThrows(TrainingRuleException.class, () -> training(0)).getRule()).isEqualTo(Rule.CAPACITY_TOO_SMALL);
        }
    }

    @Nested
    class Cancelling {

        @Test
        void aFreedSeatGoesToTheFirstWaitingWithTheReasonRecorded() {
            Training training = training(1);
            UserAccount holder = teacher();
            Registration seat = training.register(holder, null, DURING);
            Registration first = training.register(teacher(), null, later(1));
            Registration second = training.register(teacher(), null, later(2));

            List<Registration> promoted = training.cancel(seat, holder, later(5));

            assertThat(seat.getStatus()).isEqualTo(CANCELLED);
            assertThat(promoted).containsExactly(first);
            assertThat(first.getStatus()).isEqualTo(REGISTERED);
            assertThat(first.getPosition()).isNull();
            RegistrationStep promotion = first.getLastStep();
            assertThat(promotion.getReason()).isEqualTo(RegistrationReason.PROMOTED_SEAT_FREED);
            assertThat(promotion.isMadeByThePlatform()).isTrue();
            assertThat(promotion.getPositionBefore()).isEqualTo(1);
            assertThat(second.getPosition()).isEqualTo(1);
            assertThat(second.getLastStep()).extracting(RegistrationStep::getReason, RegistrationStep::getPositionBefore,
                    RegistrationStep::getPositionAfter).containsExactly(RegistrationReason.MOVED_UP, 2, 1);
            assertThat(training.getSeatsTaken()).isEqualTo(1);
        }

        @Test
        void aSeatCanBeGivenUpUntilTheDeadlineButNotAfter() {
            Training training = training(2);
            UserAccount early = teacher();
            UserAccount late = teacher();
            Registration cancelledInTime = training.register(early, null, DURING);
            Registration tooLate = training.register(late, null, DURING);

            training.cancel(cancelledInTime, early, DEADLINE);
            TrainingRuleException refused = assertThrows(TrainingRuleException.class,
                    () -> training.cancel(tooLate, late, DEADLINE.plusSeconds(1)));

            assertThat(cancelledInTime.getStatus()).isEqualTo(CANCELLED);
            assertThat(refused.getRule()).isEqualTo(Rule.CANCELLATION_DEADLINE_PASSED);
            assertThat(tooLate.getStatus()).isEqualTo(REGISTERED);
        }

        @Test
        void theWaitingListCanBeLeftAtAnyTimeAndThoseBehindMoveUp() {
            Training training = training(1);
            training.register(teacher(), null, DURING);
            UserAccount leaving = teacher();
            Registration first = training.register(leaving, null, later(1));
            Registration second = training.register(teacher(), null, later(2));
            Registration third = training.register(teacher(), null, later(3));

            List<Registration> promoted = training.cancel(first, leaving, DEADLINE.plus(Duration.ofDays(30)));

            assertThat(promoted).isEmpty();
            assertThat(first.getStatus()).isEqualTo(CANCELLED);
            assertThat(first.getLastStep().getReason()).isEqualTo(RegistrationReason.LEFT_WAITING_LIST);
            assertThat(List.of(second, third)).extracting(Registration::getPosition).containsExactly(1, 2);
        }

        @Test
        void anEndedRegistrationCannotBeCancelledAgain() {
            Training training = training(2);
            UserAccount teacher = teacher();
            Registration registration = training.register(teacher, null, DURING);
            training.cancel(registration, teacher, later(1));
            assertThat(assertThrows(TrainingRuleException.class, () -> training.cancel(registration, teacher, later(2)))
                    .getRule()).isEqualTo(Rule.NOT_ACTIVE);
        }
    }

    @Nested
    class InactiveAccountsOnTheWaitingList {

        @Test
        void aFreedSeatPassesOverAnInactiveAccountWhoKeepsTheirPlace() {
            Training training = training(1);
            UserAccount holder = teacher();
            Registration seat = training.register(holder, null, DURING);
            UserAccount leaver = teacher();
            Registration left = training.register(leaver, null, later(1));
            Registration next = training.register(teacher(), null, later(2));
            leaver.deactivate();

            List<Registration> promoted = training.cancel(seat, holder, later(5));

            assertThat(promoted).containsExactly(next);
            assertThat(next.getStatus()).isEqualTo(REGISTERED);
            assertThat(next.getLastStep().getReason()).isEqualTo(RegistrationReason.PROMOTED_SEAT_FREED);
            assertThat(left).extracting(Registration::getStatus, Registration::getPosition).containsExactly(WAITLISTED, 1);
            assertThat(left.getHistory()).hasSize(1);
        }

        @Test
        void newSeatsGoToTheActiveOnesAndThoseBehindMoveUpPastTheInactive() {
            Training training = training(1);
            training.register(teacher(), null, DURING);
            UserAccount leaver = teacher();
            Registration left = training.register(leaver, null, later(1));
            Registration first = training.register(teacher(), null, later(2));
            Registration second = training.register(teacher(), null, later(3));
            Registration third = training.register(teacher(), null, later(4));
            leaver.deactivate();

            List<Registration> promoted = training.describe(description(3, false), later(10));

            assertThat(promoted).containsExactly(first, second);
            assertThat(List.of(left, third)).extracting(Registration::getStatus, Registration::getPosition)
                    .containsExactly(tuple(WAITLISTED, 1), tuple(WAITLISTED, 2));
            assertThat(third.getLastStep().getReason()).isEqualTo(RegistrationReason.MOVED_UP);
        }

        @Test
        void aSeatStaysFreeWhenOnlyInactiveAccountsWait() {
            Training training = training(1);
            UserAccount holder = teacher();
            Registration seat = training.register(holder, null, DURING);
            UserAccount leaver = teacher();
            Registration left = training.register(leaver, null, later(1));
            leaver.deactivate();

            assertThat(training.cancel(seat, holder, later(5))).isEmpty();

            assertThat(training.getSeatsLeft()).isEqualTo(1);
            assertThat(left.getStatus()).isEqualTo(WAITLISTED);
        }
    }

    @Nested
    class Nomination {

        private Training nominated(int capacity) {
            return new Training(description(capacity, true), List.of(session(SESSION_START)));
        }

        @Test
        void anOwnRequestWaitsForTheSchoolAndHoldsNoSeat() {
            Training training = nominated(1);
            Registration request = training.register(teacher(), null, DURING);
            assertThat(request.getStatus()).isEqualTo(PENDING_APPROVAL);
            assertThat(training.getSeatsLeft()).isEqualTo(1);
        }

        @Test
        void approvalGivesASeatWhenOneIsFree() {
            Training training = nominated(1);
            Registration request = training.register(teacher(), null, DURING);
            training.approve(request, admin, later(1));
            assertThat(request.getStatus()).isEqualTo(REGISTERED);
            assertThat(request.getNominatedBy()).isEqualTo(admin);
            assertThat(request.getLastStep().getReason()).isEqualTo(RegistrationReason.APPROVED);
        }

        @Test
        void approvalWhenFullByThenPutsThePersonOnTheWaitingList() {
            Training training = nominated(1);
            Registration request = training.register(teacher(), null, DURING);
            training.register(teacher(), admin, later(1));
            training.approve(request, admin, later(2));
            assertThat(request.getStatus()).isEqualTo(WAITLISTED);
            assertThat(request.getPosition()).isEqualTo(1);
        }

        /** Registration closes by the first session; so does approval, or the seat would be in a training under way. */
        @Test
        void aRequestIsApprovedAfterRegistrationClosesButNotOnceTheFirstSessionHasBegun() {
            Training training = nominated(2);
            Registration inTime = training.register(teacher(), null, DURING);
            Registration late = training.register(teacher(), null, later(1));
            Instant firstStart = training.getFirstSession().orElseThrow().getStartInstant();

            training.approve(inTime, admin, CLOSES.plusSeconds(60));
            TrainingRuleException refused = assertThrows(TrainingRuleException.class,
                    () -> training.approve(late, admin, firstStart));

            assertThat(inTime.getStatus()).isEqualTo(REGISTERED);
            assertThat(refused.getRule()).isEqualTo(Rule.APPROVAL_AFTER_FIRST_SESSION);
            assertThat(refused.getArguments()).containsExactly(firstStart);
            assertThat(late.getStatus()).isEqualTo(PENDING_APPROVAL);
            assertThat(training.getSeatsLeft()).isEqualTo(1);
            // Such a request is still declined, so that it does not wait for ever.
            training.decline(late, admin, firstStart.plusSeconds(60));
            assertThat(late.getStatus()).isEqualTo(DECLINED);
        }

        @Test
        void aDeclinedRequestEndsAndOnlyPendingOnesAreDecided() {
            Training training = nominated(1);
            Registration request = training.register(teacher(), null, DURING);
            training.decline(request, admin, later(1));
            assertThat(request.getStatus()).isEqualTo(DECLINED);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.approve(request, admin, later(2))).getRule())
                    .isEqualTo(Rule.NOT_PENDING);
        }

        @Test
        void aNominationByTheSchoolAdministratorNeedsNoFurtherApproval() {
            Registration nomination = nominated(2).register(teacher(), admin, DURING);
            assertThat(nomination.getStatus()).isEqualTo(REGISTERED);
            assertThat(nomination.getNominatedBy()).isEqualTo(admin);
        }

        @Test
        void aSchoolAdministratorRegistersThemselvesButIsNotNominated() {
            Training training = nominated(3);
            UserAccount colleague = account(101L, Role.SCHOOL_ADMIN);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.register(colleague, admin, DURING)).getRule())
                    .isEqualTo(Rule.NOT_FOR_PARTICIPANT);
            assertThat(training.getRegistrations()).isEmpty();
            assertThat(training.register(colleague, null, DURING).getStatus()).isEqualTo(PENDING_APPROVAL);
        }

        @Test
        void aPendingRequestCanBeWithdrawn() {
            Training training = nominated(1);
            UserAccount teacher = teacher();
            Registration request = training.register(teacher, null, DURING);
            training.cancel(request, teacher, later(1));
            assertThat(request.getStatus()).isEqualTo(CANCELLED);
            assertThat(request.getLastStep().getReason()).isEqualTo(RegistrationReason.WITHDRAWN);
        }
    }

    @Nested
    class Sessions {

        private TrainingRuleException refused(SessionPlan plan) {
            return assertThrows(TrainingRuleException.class, () -> training(3).planSessions(List.of(plan)));
        }

        @Test
        void theEndComesAfterTheStart() {
            assertThat(refused(new SessionPlan(SESSION_START, SESSION_START, "Europe/Podgorica", "Room", null)).getRule())
                    .isEqualTo(Rule.SESSION_END_BEFORE_START);
        }

        @Test
        void anOnlineLinkIsAWebAddress() {
            assertThat(refused(new SessionPlan(SESSION_START, SESSION_START.plusHours(1), "Europe/Tirane", null,
                    "javascript:alert(1)")).getRule()).isEqualTo(Rule.SESSION_LINK_NOT_HTTP);
            assertThat(refused(new SessionPlan(SESSION_START, SESSION_START.plusHours(1), "Europe/Tirane", null,
                    "ftp://files.example.org/x")).getRule()).isEqualTo(Rule.SESSION_LINK_NOT_HTTP);
        }

        @Test
        void theTimeZoneMustExistAndPlaceOrLinkIsNeeded() {
            assertThat(List.of("Mars/Olympus", "+02:00", "UTC+1", "GMT-3", "SystemV/EST5", "Etc/GMT+3", "US/Eastern"))
                    .allSatisfy(zone -> assertThat(refused(new SessionPlan(SESSION_START, SESSION_START.plusHours(1), zone,
                            "Room", null)).getRule()).as(zone).isEqualTo(Rule.SESSION_TIME_ZONE_UNKNOWN));
            assertThat(refused(new SessionPlan(SESSION_START, SESSION_START.plusHours(1), "Europe/Rome", " ", null))
                    .getRule()).isEqualTo(Rule.SESSION_PLACE_MISSING);
            assertThat(assertThrows(TrainingRuleException.class, () -> training(3).planSessions(List.of())).getRule())
                    .isEqualTo(Rule.NO_SESSIONS);
        }

        @Test
        void aTimeTheClocksSkipIsRefusedAndTheHourTheyRepeatIsTheFirst() {
            // In Tirana the clocks go from 02:00 to 03:00 on 28 March 2027 and from 03:00 back to 02:00 on 31 October.
            LocalDateTime skipped = LocalDateTime.of(2027, 3, 28, 2, 30);
            TrainingRuleException startSkipped = refused(new SessionPlan(skipped, skipped.plusHours(2), "Europe/Tirane", "Room", null));
            assertThat(startSkipped.getRule()).isEqualTo(Rule.SESSION_TIME_SKIPPED);
            assertThat(startSkipped.getArguments()).containsExactly(skipped, "Europe/Tirane");
            assertThat(refused(new SessionPlan(skipped.minusHours(1), skipped, "Europe/Tirane", "Room", null)).getRule())
                    .isEqualTo(Rule.SESSION_TIME_SKIPPED);

            Training training = training(3);
            LocalDateTime repeated = LocalDateTime.of(2027, 10, 31, 2, 30);
            training.planSessions(List.of(new SessionPlan(repeated, repeated.plusHours(2), "Europe/Tirane", "Room", null),
                    new SessionPlan(skipped.plusHours(1), skipped.plusHours(2), "Europe/Tirane", "Room", null)));
            assertThat(training.getSessions()).extracting(TrainingSession::getStartInstant)
                    .containsExactly(Instant.parse("2027-03-28T01:30:00Z"), Instant.parse("2027-10-31T00:30:00Z"));
        }

        @Test
        void sessionsAreKeptInOrderOfTheirMomentAcrossTimeZones() {
            Training training = training(3);
            // 09:30 in Helsinki (UTC+3 in summer) comes before 09:00 in Podgorica (UTC+2).
            training.planSessions(List.of(session(SESSION_START),
                    new SessionPlan(SESSION_START.plusMinutes(30), SESSION_START.plusHours(2), "Europe/Helsinki", null,
                            "https://meet.example.org/cg")));
            assertThat(training.getSessions()).extracting(TrainingSession::getTimeZone)
                    .containsExactly("Europe/Helsinki", "Europe/Podgorica");
            assertThat(training.getSessions().get(1).getStartInstant()).isEqualTo(Instant.parse("2026-04-20T07:00:00Z"));
        }
    }

    @Nested
    class Completion {

        private static final Instant AFTER = Instant.parse("2026-04-21T10:00:00Z");

        @Test
        void aSeatCompletesOnceWithItsCertificateCode() {
            Registration seat = training(2).register(teacher(), null, DURING);
            seat.complete(CompletionBasis.ATTENDANCE, "k7qm-3xwp-9hrt", AFTER);
            assertThat(seat.isCompleted()).isTrue();
            assertThat(seat.getCertificateCode()).isEqualTo("K7QM-3XWP-9HRT");
            assertThat(seat.getCompletionBasis()).isEqualTo(CompletionBasis.ATTENDANCE);
            assertThat(seat.getCompletedAt()).isEqualTo(AFTER);
            assertThat(assertThrows(TrainingRuleException.class,
                    () -> seat.complete(CompletionBasis.SELF_PACED_MODULE, CertificateCode.next(), AFTER.plusSeconds(60))).getRule())
                    .isEqualTo(Rule.ALREADY_COMPLETED);
            assertThat(seat.getCertificateCode()).isEqualTo("K7QM-3XWP-9HRT");
            assertThat(seat.getCompletedAt()).isEqualTo(AFTER);
        }

        @Test
        void onlyASeatCompletes() {
            Training training = training(1);
            training.register(teacher(), null, DURING);
            Registration waiting = training.register(teacher(), null, later(1));
            Registration cancelled = training.register(teacher(), null, later(2));
            training.cancel(cancelled, cancelled.getParticipant(), later(3));
            for (Registration registration : List.of(waiting, cancelled)) {
                assertThat(assertThrows(TrainingRuleException.class,
                        () -> registration.complete(CompletionBasis.ATTENDANCE, CertificateCode.next(), AFTER)).getRule())
                        .isEqualTo(Rule.NOT_REGISTERED);
                assertThat(registration.isCompleted()).isFalse();
                assertThat(registration.getCertificateCode()).isNull();
            }
        }

        @Test
        void aCompletedSeatCannotBeGivenUp() {
            Training training = training(2);
            Registration seat = training.register(teacher(), null, DURING);
            seat.complete(CompletionBasis.SELF_PACED_MODULE, CertificateCode.next(), later(5));
            assertThat(assertThrows(TrainingRuleException.class, () -> training.cancel(seat, seat.getParticipant(), later(6)))
                    .getRule()).isEqualTo(Rule.ALREADY_COMPLETED);
            assertThat(seat.getStatus()).isEqualTo(REGISTERED);
        }
    }

    @Nested
    class AttendanceAndClosing {

        private static final Instant AFTER_ALL = Instant.parse("2026-05-01T00:00:00Z");
        private final UserAccount provider = account(500L, Role.COORDINATOR);

        private Training fourSessions(int seats) {
            Training training = training(seats);
            training.planSessions(IntStream.range(0, 4).mapToObj(i -> session(SESSION_START.plusDays(i))).toList());
            return training;
        }

        private void attend(Training training, Registration registration, int sessions) {
            for (int i = 0; i < 4; i++) {
                training.markAttendance(training.getSessions().get(i), registration, i < sessions, provider, AFTER_ALL);
            }
        }

        @Test
        void closingCompletesThoseWhoAttendedTheShareOfSessions() {
            Training training = fourSessions(5);
            training.requireCompletionShare(75);
            Registration three = training.register(teacher(), null, DURING);
            Registration two = training.register(teacher(), null, later(1));
            Registration none = training.register(teacher(), null, later(2));
            attend(training, three, 3);
            attend(training, two, 2);
            List<Registration> completed = training.close(AFTER_ALL, CertificateCode::next);

            assertThat(completed).containsExactly(three);
            assertThat(three.isCompleted()).isTrue();
            assertThat(three.getCompletionBasis()).isEqualTo(CompletionBasis.ATTENDANCE);
            assertThat(two.isCompleted()).isFalse();
            assertThat(none.isCompleted()).isFalse();
            assertThat(training.isClosed()).isTrue();
        }

        @Test
        void markingAgainCorrectsTheMark() {
            Training training = fourSessions(5);
            Registration seat = training.register(teacher(), null, DURING);
            TrainingSession first = training.getSessions().get(0);
            training.markAttendance(first, seat, true, provider, AFTER_ALL);
            training.markAttendance(first, seat, false, provider, AFTER_ALL.plusSeconds(5));
            assertThat(seat.getAttendance()).singleElement().satisfies(a -> {
                assertThat(a.isPresent()).isFalse();
                assertThat(a.getMarkedAt()).isEqualTo(AFTER_ALL.plusSeconds(5));
            });
        }

        @Test
        void aSessionNotYetStartedAndAPlaceOnTheListCannotBeMarked() {
            Training training = fourSessions(1);
            Registration seat = training.register(teacher(), null, DURING);
            Registration waiting = training.register(teacher(), null, later(1));
            TrainingSession first = training.getSessions().get(0);
            assertThat(assertThrows(TrainingRuleException.class,
                    () -> training.markAttendance(first, seat, true, provider, first.getStartInstant().minusSeconds(1))).getRule())
                    .isEqualTo(Rule.SESSION_NOT_STARTED);
            assertThat(assertThrows(TrainingRuleException.class,
                    () -> training.markAttendance(first, waiting, true, provider, AFTER_ALL)).getRule())
                    .isEqualTo(Rule.NOT_REGISTERED);
            assertThat(seat.getAttendance()).isEmpty();
        }

        @Test
        void aTrainingClosesOnlyAfterItsLastSessionAndOnce() {
            Training training = fourSessions(2);
            Instant duringTheLast = training.getSessions().get(3).getStartInstant().plusSeconds(60);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.close(duringTheLast, CertificateCode::next))
                    .getRule()).isEqualTo(Rule.NOT_OVER);
            training.close(AFTER_ALL, CertificateCode::next);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.close(AFTER_ALL, CertificateCode::next))
                    .getRule()).isEqualTo(Rule.TRAINING_CLOSED);
        }

        @Test
        void attendanceDoesNotChangeAfterClosing() {
            Training training = fourSessions(2);
            Registration seat = training.register(teacher(), null, DURING);
            training.close(AFTER_ALL, CertificateCode::next);
            assertThat(assertThrows(TrainingRuleException.class,
                    () -> training.markAttendance(training.getSessions().get(0), seat, true, provider, AFTER_ALL)).getRule())
                    .isEqualTo(Rule.TRAINING_CLOSED);
        }

        @Test
        void nobodyMarksTheirOwnAttendance() {
            Training training = fourSessions(2);
            UserAccount teacherOfTheProvider = teacher();
            Registration own = training.register(teacherOfTheProvider, null, DURING);
            TrainingSession first = training.getSessions().get(0);

            assertThat(assertThrows(TrainingRuleException.class,
                    () -> training.markAttendance(first, own, true, teacherOfTheProvider, AFTER_ALL)).getRule())
                    .isEqualTo(Rule.OWN_ATTENDANCE);
            assertThat(own.getAttendance()).isEmpty();
            training.markAttendance(first, own, true, provider, AFTER_ALL);
            assertThat(own.getSessionsAttended()).isEqualTo(1);
        }

        @Test
        void aClosedTrainingNoLongerChanges() {
            Training training = fourSessions(2);
            training.register(teacher(), null, DURING);
            training.close(AFTER_ALL, CertificateCode::next);
            List<SessionPlan> same = training.getSessions().stream().map(TrainingSession::toPlan).toList();

            assertThat(List.<Runnable>of(
                    () -> training.describe(description(5, false), AFTER_ALL),
                    () -> training.planSessions(same),
                    () -> training.requireCompletionShare(50),
                    () -> training.prioritiseFewerOpportunities(true)))
                    .allSatisfy(change -> assertThat(assertThrows(TrainingRuleException.class, change::run).getRule())
                            .isEqualTo(Rule.TRAINING_CLOSED));
            assertThat(training.getTitle()).isEqualTo("Career guidance basics");
            assertThat(training.getCapacity()).isEqualTo(2);
        }

        @Test
        void nobodyRegistersOnAClosedTrainingWhateverItsWindowSays() {
            Training training = fourSessions(2);
            training.close(AFTER_ALL, CertificateCode::next);

            assertThat(assertThrows(TrainingRuleException.class, () -> training.register(teacher(), null, DURING)).getRule())
                    .isEqualTo(Rule.TRAINING_CLOSED);
            assertThat(training.getRegistrations()).isEmpty();
            assertThat(training.isOpenAt(DURING)).isFalse();
        }

        @Test
        void onAClosedTrainingNoSeatIsGivenUpAndNobodyMovesUp() {
            Training training = fourSessions(1);
            UserAccount holder = teacher();
            Registration seat = training.register(holder, null, DURING);
            UserAccount waiting = teacher();
            Registration first = training.register(waiting, null, later(1));
            training.close(AFTER_ALL, CertificateCode::next);

            assertThat(assertThrows(TrainingRuleException.class, () -> training.cancel(seat, holder, DEADLINE)).getRule())
                    .isEqualTo(Rule.TRAINING_CLOSED);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.cancel(first, waiting, DEADLINE)).getRule())
                    .isEqualTo(Rule.TRAINING_CLOSED);
            assertThat(seat.getStatus()).isEqualTo(REGISTERED);
            assertThat(first.getStatus()).isEqualTo(WAITLISTED);
            assertThat(first.getPosition()).isEqualTo(1);
            assertThat(training.isCancellableAt(DEADLINE)).isFalse();
        }

        @Test
        void onAClosedTrainingRequestsAreNeitherApprovedNorDeclinedNorWithdrawn() {
            Training training = new Training(description(2, true), IntStream.range(0, 4)
                    .mapToObj(i -> session(SESSION_START.plusDays(i))).toList());
            UserAccount teacher = teacher();
            Registration request = training.register(teacher, null, DURING);
            training.close(AFTER_ALL, CertificateCode::next);

            assertThat(List.<Runnable>of(
                    () -> training.approve(request, admin, AFTER_ALL),
                    () -> training.decline(request, admin, AFTER_ALL),
                    () -> training.cancel(request, teacher, AFTER_ALL)))
                    .allSatisfy(change -> assertThat(assertThrows(TrainingRuleException.class, change::run).getRule())
                            .isEqualTo(Rule.TRAINING_CLOSED));
            assertThat(request.getStatus()).isEqualTo(PENDING_APPROVAL);
            assertThat(request.getHistory()).hasSize(1);
        }

        @Test
        void aTrainingWithAttendanceCannotBecomeSelfPaced() {
            Training training = fourSessions(2);
            Registration seat = training.register(teacher(), null, DURING);
            training.markAttendance(training.getSessions().get(0), seat, true, provider, AFTER_ALL);
            training.describe(new Training.Description("Career guidance basics", "Now online.", "", Language.CNR,
                    TrainingMode.SELF_PACED, TrainingTest.this.provider, 2, OPENS, CLOSES, DEADLINE, false), AFTER_ALL);

            assertThat(assertThrows(TrainingRuleException.class, () -> training.planSessions(List.of())).getRule())
                    .isEqualTo(Rule.SESSIONS_HAVE_ATTENDANCE);
            assertThat(training.getSessions()).hasSize(4);
        }

        @Test
        void theCompletionShareIsAPercentage() {
            Training training = training(2);
            assertThat(training.getCompletionShare()).isEqualTo(Training.DEFAULT_COMPLETION_SHARE);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.requireCompletionShare(0)).getRule())
                    .isEqualTo(Rule.COMPLETION_SHARE_OUT_OF_RANGE);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.requireCompletionShare(101)).getRule())
                    .isEqualTo(Rule.COMPLETION_SHARE_OUT_OF_RANGE);
            training.requireCompletionShare(100);
            assertThat(training.getCompletionShare()).isEqualTo(100);
        }

        @Test
        void sessionsWithAttendanceCannotBeReplacedButTheSamePlanIsFine() {
            Training training = fourSessions(2);
            Registration seat = training.register(teacher(), null, DURING);
            training.markAttendance(training.getSessions().get(0), seat, true, provider, AFTER_ALL);
            List<SessionPlan> same = training.getSessions().stream().map(TrainingSession::toPlan).toList();
            training.planSessions(same);
            assertThat(assertThrows(TrainingRuleException.class, () -> training.planSessions(List.of(session(SESSION_START))))
                    .getRule()).isEqualTo(Rule.SESSIONS_HAVE_ATTENDANCE);
            assertThat(training.getSessions()).hasSize(4);
        }
    }

    @Nested
    class Feedback {

        private static final Instant AFTER = Instant.parse("2026-04-21T10:00:00Z");
        private final UserAccount marker = account(500L, Role.COORDINATOR);

        /** A seat of a training of one session, marked present or absent there. */
        private Registration attended(boolean present) {
            Training training = training(2);
            Registration seat = training.register(teacher(), null, DURING);
            training.markAttendance(training.getSessions().get(0), seat, present, marker, AFTER);
            return seat;
        }

        @Test
        void aParticipantRatesOnceAfterTheTraining() {
            Registration seat = attended(true);
            assertThat(assertThrows(TrainingRuleException.class, () -> seat.leaveFeedback(4, "Good", DURING)).getRule())
                    .isEqualTo(Rule.NOT_OVER);
            assertThat(assertThrows(TrainingRuleException.class, () -> seat.leaveFeedback(6, "Good", AFTER)).getRule())
                    .isEqualTo(Rule.RATING_OUT_OF_RANGE);
            seat.leaveFeedback(4, "  Useful examples.  ", AFTER);
            assertThat(seat.getFeedbackRating()).isEqualTo(4);
            assertThat(seat.getFeedbackComment()).isEqualTo("Useful examples.");
            assertThat(assertThrows(TrainingRuleException.class, () -> seat.leaveFeedback(2, "Changed my mind", AFTER)).getRule())
                    .isEqualTo(Rule.FEEDBACK_GIVEN);
            assertThat(seat.getFeedbackRating()).isEqualTo(4);
        }

        @Test
        void onlyAParticipantMarkedPresentRates() {
            Registration absent = attended(false);
            Registration unmarked = training(2).register(teacher(), null, DURING);

            assertThat(List.of(absent, unmarked)).allSatisfy(seat -> {
                assertThat(seat.isOpenForFeedbackAt(AFTER)).isFalse();
                assertThat(assertThrows(TrainingRuleException.class, () -> seat.leaveFeedback(1, "Never came", AFTER))
                        .getRule()).isEqualTo(Rule.NOT_ATTENDED);
                assertThat(seat.getFeedbackAt()).isNull();
            });
            Registration present = attended(true);
            assertThat(present.isOpenForFeedbackAt(AFTER)).isTrue();
        }

        @Test
        void aSelfPacedModuleIsRatedOnceCompleted() {
            Training module = new Training(new Training.Description("Guidance online", "At one's own pace.", "", Language.CNR,
                    TrainingMode.SELF_PACED, provider, 2, OPENS, CLOSES, DEADLINE, false), List.of());
            Registration seat = module.register(teacher(), null, DURING);
            assertThat(seat.isOpenForFeedbackAt(AFTER)).isFalse();
            assertThat(assertThrows(TrainingRuleException.class, () -> seat.leaveFeedback(4, "Good", AFTER)).getRule())
                    .isEqualTo(Rule.MODULE_NOT_COMPLETED);

            seat.complete(CompletionBasis.SELF_PACED_MODULE, CertificateCode.next(), later(5));

            assertThat(seat.isOpenForFeedbackAt(later(6))).isTrue();
            seat.leaveFeedback(5, "Clear lessons.", later(6));
            assertThat(seat.getFeedbackRating()).isEqualTo(5);
            assertThat(seat.isOpenForFeedbackAt(later(7))).isFalse();
        }

        @Test
        void anErasedCommentLeavesTheRatingInTheFigures() {
            Registration seat = attended(true);
            seat.leaveFeedback(5, "Ask for Ana next time.", AFTER);

            seat.eraseFeedbackComment();

            assertThat(seat.getFeedbackComment()).isNull();
            assertThat(seat.getFeedbackRating()).isEqualTo(5);
            assertThat(seat.getFeedbackAt()).isEqualTo(AFTER);
        }

        @Test
        void theReminderIsRecordedOnce() {
            Registration seat = training(2).register(teacher(), null, DURING);
            assertThat(seat.remind(DURING)).isTrue();
            assertThat(seat.remind(later(1))).isFalse();
            assertThat(seat.getRemindedAt()).isEqualTo(DURING);
        }
    }

    @Nested
    class PriorityForFewerOpportunities {

        @Test
        void withThePriorityOnTheyGoAheadOfOthersInTheirOwnArrivalOrder() {
            Training training = training(1);
            training.prioritiseFewerOpportunities(true);
            training.register(teacher(), null, DURING);
            Registration a = training.register(teacher(), null, false, later(1));
            Registration b = training.register(teacher(), null, false, later(2));
            Registration rural = training.register(teacher(), null, true, later(3));
            Registration first = training.register(teacher(), null, true, later(4));

            assertThat(List.of(rural, first, a, b)).extracting(Registration::getPosition).containsExactly(1, 2, 3, 4);
            assertThat(rural.getLastStep().getReason()).isEqualTo(RegistrationReason.ARRIVED_WITH_PRIORITY);
            assertThat(a.getHistory()).extracting(RegistrationStep::getReason, RegistrationStep::getPositionAfter)
                    .containsExactly(tuple(RegistrationReason.ARRIVED, 1), tuple(RegistrationReason.MOVED_DOWN_FOR_PRIORITY, 2),
                            tuple(RegistrationReason.MOVED_DOWN_FOR_PRIORITY, 3));
        }

        @Test
        void withThePriorityOffArrivalOrderAlone() {
            Training training = training(1);
            training.register(teacher(), null, DURING);
            Registration a = training.register(teacher(), null, false, later(1));
            Registration rural = training.register(teacher(), null, true, later(2));
            assertThat(List.of(a, rural)).extracting(Registration::getPosition).containsExactly(1, 2);
            assertThat(rural.getLastStep().getReason()).isEqualTo(RegistrationReason.ARRIVED);
        }
    }
}
