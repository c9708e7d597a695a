package eu.cginternational.it.services;

import static eu.cginternational.domain.training.RegistrationStatus.CANCELLED;
import static eu.cginternational.domain.training.RegistrationStatus.PENDING_APPROVAL;
import static eu.cginternational.domain.training.RegistrationStatus.REGISTERED;
import static eu.cginternational.domain.training.RegistrationStatus.WAITLISTED;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationReason;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.mobility.MobilityTransition;
import eu.cginternational.service.training.TrainingReminders;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People who leave: deactivating an account gives up what it holds in trainings still to come, so that the next
 * people move up and are told, and an inactive account is told nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LeaversIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    UserAdministration users;

    @EJB
    MobilityService mobilities;

    @EJB
    TrainingReminders reminders;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    TrainingTestData trainings;

    @EJB
    TestData data;

    @Test
    void deactivatingTheHolderOfASeatInAFullTrainingGivesItToTheFirstWaitingWhoIsTold() throws Exception {
        long id = trainings.openTraining(1, false).getId();
        UserAccount holder = trainings.newTeacher(KPT);
        UserAccount next = trainings.newTeacher(KPT);
        long seat = trainings.register(id, holder.getUsername());
        long waiting = trainings.register(id, next.getUsername());

        deactivate(holder);

        Registration given = trainings.registration(seat);
        assertThat(given.getStatus()).isEqualTo(CANCELLED);
        assertThat(given.getLastStep().getReason()).isEqualTo(RegistrationReason.CANCELLED);
        assertThat(given.getLastStep().getActor().getUsername()).isEqualTo("coordinator");
        Registration promoted = trainings.registration(waiting);
        assertThat(promoted.getStatus()).isEqualTo(REGISTERED);
        assertThat(promoted.getLastStep().getReason()).isEqualTo(RegistrationReason.PROMOTED_SEAT_FREED);
        assertThat(data.notificationsOf(next.getUsername(), "/trainings/training.xhtml?id=" + id)).hasSize(1);
        assertThat(data.outboxMessagesTo(next.getEmail())).isEqualTo(1);
        assertThat(data.auditDetails(AuditEventType.USER_DEACTIVATED, holder.getUsername())).containsExactly(
                "training registrations ended: " + seat + " (training " + id + ")"
                        + "; seats kept past the cancellation deadline: none");
        assertThat(data.auditEvents(AuditEventType.TRAINING_REGISTRATION_CHANGED, "training registration " + seat)).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.TRAINING_REGISTRATION_CHANGED, "training registration " + waiting))
                .isEqualTo(1);
    }

    @Test
    void placesOnAListAndRequestsEndTooASeatPastItsDeadlineStaysAndActivatingAgainGivesNothingBack() throws Exception {
        UserAccount leaver = trainings.newTeacher(KPT);
        long full = trainings.openTraining(1, false).getId();
        trainings.fillSeats(full, KPT, 1);
        long place = trainings.register(full, leaver.getUsername());
        long behind = trainings.register(full, trainings.newTeacher(KPT).getUsername());
        long nominated = trainings.openTraining(5, true).getId();
        long request = trainings.register(nominated, leaver.getUsername());
        long settled = trainings.training(5, Duration.ofDays(-3), Duration.ofDays(3), Duration.ofHours(-1), false).getId();
        long seat = trainings.register(settled, leaver.getUsername());
        assertThat(trainings.registration(request).getStatus()).isEqualTo(PENDING_APPROVAL);

        deactivate(leaver);

        assertThat(trainings.registration(place)).extracting(Registration::getStatus, r -> r.getLastStep().getReason())
                .containsExactly(CANCELLED, RegistrationReason.LEFT_WAITING_LIST);
        assertThat(trainings.registration(behind)).extracting(Registration::getStatus, Registration::getPosition)
                .containsExactly(WAITLISTED, 1);
        assertThat(trainings.registration(request)).extracting(Registration::getStatus, r -> r.getLastStep().getReason())
                .containsExactly(CANCELLED, RegistrationReason.WITHDRAWN);
        assertThat(trainings.registration(seat).getStatus()).isEqualTo(REGISTERED);
        assertThat(data.auditDetails(AuditEventType.USER_DEACTIVATED, leaver.getUsername())).containsExactly(
                "training registrations ended: " + place + " (training " + full + "), " + request + " (training " + nominated
                        + "); seats kept past the cancellation deadline: " + seat + " (training " + settled + ")");

        UserAccount deactivated = data.account(leaver.getUsername());
        coordinator.call(() -> users.activate(deactivated.getId(), deactivated.getVersion()));

        assertThat(trainings.registrations(full)).filteredOn(r -> r.getId() == place)
                .extracting(Registration::getStatus).containsExactly(CANCELLED);
        assertThat(trainings.registration(request).getStatus()).isEqualTo(CANCELLED);
    }

    @Test
    void theReminderOfATrainingIsNotQueuedForAnInactiveAccount() throws Exception {
        Training training = trainings.trainingWithSessions(5, 2, 1);
        UserAccount inactive = trainings.newTeacher(KPT);
        UserAccount active = trainings.newTeacher(KPT);
        trainings.register(training.getId(), inactive.getUsername());
        trainings.register(training.getId(), active.getUsername());
        // Directly, as before deactivation gave seats up: the seat stays held by an inactive account.
        data.deactivate(inactive.getUsername());

        reminders.remindDue(Instant.now());

        assertThat(data.notificationsOf(active.getUsername())).hasSize(1);
        assertThat(data.outboxMessagesTo(active.getEmail())).isEqualTo(1);
        assertThat(data.notificationsOf(inactive.getUsername())).isEmpty();
        assertThat(data.outboxMessagesTo(inactive.getEmail())).isZero();
    }

    @Test
    void aDecisionOnTheMobilityOfAnInactiveParticipantIsToldOnlyToWhoeverSubmittedIt() throws Exception {
        Mobility submitted = data.submittedMobility(KPT, LocalDate.now().plusDays(60));
        UserAccount participant = submitted.getParticipant();
        UserAccount submitter = submitted.getSubmittedBy();
        data.deactivate(participant.getUsername());

        schoolKpt.call(() -> mobilities.act(submitted.getId(),
                new MobilityTransition(MobilityAction.APPROVE, null, submitted.getVersion())));

        assertThat(data.notificationsOf(participant.getUsername())).isEmpty();
        assertThat(data.outboxMessagesTo(participant.getEmail())).isZero();
        assertThat(data.notificationsOf(submitter.getUsername())).extracting(n -> n.getLink())
                .containsExactly("/mobilities/mobility.xhtml?id=" + submitted.getId());
    }

    private void deactivate(UserAccount account) throws Exception {
        UserAccount current = data.account(account.getUsername());
        coordinator.call(() -> users.deactivate(current.getId(), current.getVersion()));
    }
}
