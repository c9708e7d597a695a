package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationReason;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.training.TrainingRegistrations;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registering for trainings in the service, inside the server: no overbooking under a race, the
 * window, one registration per person, the cancellation deadline, another school's people, nominations of
 * teachers only, and the promotion of the first on the waiting list with its reason and notification.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingRegistrationIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";
    private static final int RACERS = 100;
    private static final int SEATS = 10;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    TrainingRegistrations registrations;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    TrainingTestData trainings;

    @EJB
    TestData data;

    @Test
    void aHundredConcurrentRegistrationsForTenSeatsGiveTenSeatsAndNinetyWaitingInArrivalOrder() throws Exception {
        Training training = trainings.openTraining(SEATS, false);
        long id = training.getId();
        List<Long> teachers = IntStream.range(0, RACERS).mapToObj(i -> trainings.newTeacher(KPT).getId()).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<RegistrationStatus> outcomes = new ArrayList<>();
        try {
            List<Future<RegistrationStatus>> racing = new ArrayList<>();
            for (Long teacher : teachers) {
                Callable<RegistrationStatus> nomination = () -> {
                    start.await();
                    return schoolKpt.call(() -> registrations.register(id, teacher).getStatus());
                };
                racing.add(pool.submit(nomination));
            }
            start.countDown();
            for (Future<RegistrationStatus> outcome : racing) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).filteredOn(status -> status == RegistrationStatus.REGISTERED).hasSize(SEATS);
        assertThat(outcomes).filteredOn(status -> status == RegistrationStatus.WAITLISTED).hasSize(RACERS - SEATS);
        List<Registration> all = trainings.registrations(id);
        assertThat(all).hasSize(RACERS);
        assertThat(all).filteredOn(r -> r.getStatus() == RegistrationStatus.REGISTERED).hasSize(SEATS);
        assertThat(all).filteredOn(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .extracting(Registration::getPosition)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, RACERS - SEATS).boxed().toList());
        // The first ten written hold the seats: nobody who came later got one.
        assertThat(all.subList(0, SEATS)).allMatch(r -> r.getStatus() == RegistrationStatus.REGISTERED);
        // Arrival order: the list's positions follow the order in which the registrations were written.
        assertThat(all).filteredOn(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .extracting(Registration::getPosition).isSorted();
    }

    @Test
    void registeringOutsideTheWindowIsRefusedAndNothingChanges() {
        Training closed = trainings.training(5, Duration.ofDays(-10), Duration.ofDays(-1), Duration.ofDays(5), false);
        Training notYetOpen = trainings.training(5, Duration.ofDays(2), Duration.ofDays(10), Duration.ofDays(12), false);

        RejectedException late = assertThrows(RejectedException.class,
                () -> teacherKpt.call(() -> registrations.register(closed.getId(), null)));
        RejectedException early = assertThrows(RejectedException.class,
                () -> teacherKpt.call(() -> registrations.register(notYetOpen.getId(), null)));

        assertThat(late.getMessageKey()).isEqualTo("training.rule.REGISTRATION_CLOSED");
        assertThat(early.getMessageKey()).isEqualTo("training.rule.REGISTRATION_CLOSED");
        assertThat(trainings.registrations(closed.getId())).isEmpty();
        assertThat(trainings.registrations(notYetOpen.getId())).isEmpty();
    }

    @Test
    void registeringTwiceIsRefusedAndLeavesOneRegistration() throws Exception {
        Training training = trainings.openTraining(5, false);
        teacherKpt.call(() -> registrations.register(training.getId(), null));

        RejectedException twice = assertThrows(RejectedException.class,
                () -> teacherKpt.call(() -> registrations.register(training.getId(), null)));

        assertThat(twice.getMessageKey()).isEqualTo("training.rule.ALREADY_REGISTERED");
        assertThat(trainings.registrations(training.getId())).singleElement()
                .extracting(Registration::getStatus).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void aSeatCannotBeGivenUpAfterTheCancellationDeadline() throws Exception {
        Training training = trainings.training(5, Duration.ofDays(-3), Duration.ofDays(3), Duration.ofHours(-1), false);
        long registration = teacherKpt.call(() -> registrations.register(training.getId(), null).getId());

        RejectedException refused = assertThrows(RejectedException.class,
                () -> teacherKpt.call(() -> registrations.cancel(registration)));

        assertThat(refused.getMessageKey()).isEqualTo("training.rule.CANCELLATION_DEADLINE_PASSED");
        assertThat(trainings.registration(registration).getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void aSchoolAdministratorNeitherNominatesNorDecidesForAnotherSchool() throws Exception {
        Training nominated = trainings.openTraining(5, true);
        UserAccount kptTeacher = trainings.newTeacher(KPT);
        long request = teacherKpt.call(() -> registrations.register(nominated.getId(), null).getId());

        // Not found, as an id nobody has: the school does not learn who exists elsewhere.
        NotFoundException nominee = assertThrows(NotFoundException.class,
                () -> schoolPljevlja.call(() -> registrations.register(nominated.getId(), kptTeacher.getId())));
        assertThat(nominee.getMessageKey()).isEqualTo("user.not_found");
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> registrations.approve(request)));
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> registrations.decline(request)));

        assertThat(trainings.registration(request).getStatus()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(trainings.registrations(nominated.getId())).extracting(r -> r.getParticipant().getUsername())
                .containsExactly("teacher.kpt");
        // The own school's administrator decides it.
        assertThat(schoolKpt.call(() -> registrations.approve(request).getStatus())).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void aSchoolAdministratorNominatesTeachersNotAnotherAdministrator() throws Exception {
        Training nominated = trainings.openTraining(5, true);
        UserAccount colleague = data.newAccount(Role.SCHOOL_ADMIN, KPT);

        NotFoundException refused = assertThrows(NotFoundException.class,
                () -> schoolKpt.call(() -> registrations.register(nominated.getId(), colleague.getId())));

        assertThat(refused.getMessageKey()).isEqualTo("user.not_found");
        assertThat(trainings.registrations(nominated.getId())).isEmpty();
    }

    @Test
    void aFreedSeatGoesToTheFirstWaitingWhoIsToldWithTheReasonRecorded() throws Exception {
        Training training = trainings.openTraining(1, false);
        long seat = teacherKpt.call(() -> registrations.register(training.getId(), null).getId());
        UserAccount waiting = trainings.newTeacher(KPT);
        Registration nominated = schoolKpt.call(() -> registrations.register(training.getId(), waiting.getId()));
        assertThat(nominated.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(nominated.getPosition()).isEqualTo(1);

        teacherKpt.call(() -> registrations.cancel(seat));

        Registration promoted = trainings.registration(nominated.getId());
        assertThat(promoted.getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(promoted.getPosition()).isNull();
        assertThat(promoted.getLastStep().getReason()).isEqualTo(RegistrationReason.PROMOTED_SEAT_FREED);
        assertThat(promoted.getLastStep().getPositionBefore()).isEqualTo(1);
        assertThat(trainings.registration(seat).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        String link = "/trainings/training.xhtml?id=" + training.getId();
        List<Notification> told = data.notificationsOf(waiting.getUsername(), link);
        assertThat(told).hasSize(2); // nominated onto the list, then promoted
        assertThat(told.get(1).getTitle()).contains(training.getTitle());
        assertThat(data.outboxMessagesTo(waiting.getEmail())).isEqualTo(2);
        assertThat(data.auditEvents(AuditEventType.TRAINING_REGISTRATION_CHANGED, "training registration " + nominated.getId()))
                .isEqualTo(2);
    }
}
