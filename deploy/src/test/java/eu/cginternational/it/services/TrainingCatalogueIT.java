package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.service.training.CatalogueRow;
import eu.cginternational.service.training.TrainingCatalogue;
import eu.cginternational.service.training.TrainingDraft;
import eu.cginternational.service.training.TrainingReminders;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page of the training catalogue shows the seats left and the waiting list of each training, counted
 * by the database in one statement for the page: the registrations of its trainings are not read.
 * Counted on the server, statement by statement. A coordinator's change that moves the first session
 * tells everyone still in the training and has them reminded again.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingCatalogueIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    TrainingCatalogue catalogue;

    @EJB
    StatementCounter counter;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    TrainingTestData trainings;

    @EJB
    TrainingReminders reminders;

    @EJB
    AsCoordinator coordinator;

    @EJB
    TestData data;

    @Test
    void aPageCountsTheSeatsInOneStatementWithoutReadingTheRegistrations() throws Exception {
        long full = trainings.openTraining(3, false).getId();
        trainings.fillSeats(full, KPT, 6);
        trainings.fillSeats(trainings.openTraining(2, false).getId(), KPT, 1);
        PageRequest request = new PageRequest(0, 50, null, true, Map.of());
        teacherKpt.call(() -> catalogue.list(request));

        StatementCounter.Counted<List<CatalogueRow>> page = counter.count(() -> teacherKpt.call(() -> catalogue.list(request)));

        assertThat(page.result()).hasSizeGreaterThan(1).extracting(CatalogueRow::getId).contains(full);
        assertThat(page.sent()).filteredOn(sql -> sql.toLowerCase(Locale.ROOT).contains("training_registration"))
                .singleElement()
                .satisfies(sql -> assertThat(sql.toUpperCase(Locale.ROOT)).contains("COUNT(").contains("GROUP BY"));
        assertThat(page.result()).allSatisfy(row -> {
            assertThat(trainings.registrationsRead(row.getTraining())).as("registrations of %s read", row.getId()).isFalse();
            // The training's own counts, from all its registrations, are the page's.
            Training counted = trainings.withRegistrations(row.getId());
            assertThat(row.getSeatsTaken()).isEqualTo(counted.getSeatsTaken());
            assertThat(row.getSeatsLeft()).isEqualTo(counted.getSeatsLeft());
            assertThat(row.getWaitingListLength()).isEqualTo(counted.getWaitingListLength());
        });
    }

    /** A training's own page (and the API's detail) counts its seats as a page of the catalogue does, with the same statement. */
    @Test
    void aTrainingsOwnPageCountsItsSeatsWithTheSameStatement() throws Exception {
        long full = trainings.openTraining(3, false).getId();
        trainings.fillSeats(full, KPT, 5);
        teacherKpt.call(() -> catalogue.row(full));

        StatementCounter.Counted<CatalogueRow> row = counter.count(() -> teacherKpt.call(() -> catalogue.row(full)));
        Training read = teacherKpt.call(() -> catalogue.get(full));

        assertThat(row.sent()).filteredOn(sql -> sql.toLowerCase(Locale.ROOT).contains("training_registration"))
                .singleElement()
                .satisfies(sql -> assertThat(sql.toUpperCase(Locale.ROOT)).contains("COUNT(").contains("GROUP BY"));
        assertThat(trainings.registrationsRead(row.result().getTraining())).isFalse();
        assertThat(trainings.registrationsRead(read)).as("registrations read by get").isFalse();
        assertThat(row.result().getSeatsTaken()).isEqualTo(3);
        assertThat(row.result().getSeatsLeft()).isZero();
        assertThat(row.result().getWaitingListLength()).isEqualTo(2);
        assertThat(row.result().getTraining().getSessions()).hasSize(1);
    }

    @Test
    void seatsHeldAndPlacesOnTheListCountButNotCancellationsNorRequestsAwaitingApproval() throws Exception {
        // Three seats, six people: three hold a seat, three wait.
        Training full = trainings.openTraining(3, false);
        trainings.fillSeats(full.getId(), KPT, 6);
        // A seat given up goes to the first on the list; then one more leaves the list.
        trainings.cancel(first(full, RegistrationStatus.REGISTERED));
        trainings.cancel(first(full, RegistrationStatus.WAITLISTED));
        // Five seats: two taken, one of them given up.
        Training roomy = trainings.openTraining(5, false);
        trainings.fillSeats(roomy.getId(), KPT, 2);
        trainings.cancel(first(roomy, RegistrationStatus.REGISTERED));
        // Two seats that need the school's nomination: two requests wait for it.
        Training nominated = trainings.openTraining(2, true);
        trainings.fillSeats(nominated.getId(), KPT, 2);

        assertThat(row(full)).satisfies(row -> {
            assertThat(row.getSeatsTaken()).isEqualTo(3);
            assertThat(row.getSeatsLeft()).isZero();
            assertThat(row.getWaitingListLength()).isEqualTo(1);
        });
        assertThat(row(roomy)).satisfies(row -> {
            assertThat(row.getSeatsTaken()).isEqualTo(1);
            assertThat(row.getSeatsLeft()).isEqualTo(4);
            assertThat(row.getWaitingListLength()).isZero();
        });
        assertThat(row(nominated)).satisfies(row -> {
            assertThat(row.getSeatsTaken()).isZero();
            assertThat(row.getSeatsLeft()).isEqualTo(2);
            assertThat(row.getWaitingListLength()).isZero();
        });
    }

    /** A change that keeps the first session tells nobody; moving it tells everyone still in, who are reminded again. */
    @Test
    void sessionsMovedTwoWeeksLaterAreToldAndRemindedAgainBeforeTheNewFirstSession() throws Exception {
        Training training = trainings.trainingWithSessions(1, 2, 2);
        UserAccount holder = trainings.newTeacher(KPT);
        UserAccount waiting = trainings.newTeacher(KPT);
        long seat = trainings.register(training.getId(), holder.getUsername());
        long place = trainings.register(training.getId(), waiting.getUsername());
        Instant now = Instant.now();
        assertThat(reminders.remind(seat, now)).isTrue();
        Instant remindedAt = trainings.registration(seat).getRemindedAt();
        String link = "/trainings/training.xhtml?id=" + training.getId();

        TrainingDraft otherRoom = TrainingDraft.of(trainings.trainingById(training.getId()));
        otherRoom.getSessions().forEach(session -> session.setPlace("Mundus, room 7"));
        coordinator.call(() -> catalogue.revise(training.getId(), otherRoom));

        assertThat(trainings.trainingById(training.getId()).getSessions()).extracting(TrainingSession::getPlace)
                .containsOnly("Mundus, room 7");
        assertThat(trainings.registration(seat).getRemindedAt()).isEqualTo(remindedAt);
        assertThat(data.notificationsOf(holder.getUsername(), link)).hasSize(1); // the reminder alone
        assertThat(data.notificationsOf(waiting.getUsername(), link)).isEmpty();

        TrainingDraft later = TrainingDraft.of(trainings.trainingById(training.getId()));
        later.getSessions().forEach(session -> {
            session.setStart(session.getStart().plusDays(14));
            session.setEnd(session.getEnd().plusDays(14));
        });
        Training moved = coordinator.call(() -> catalogue.revise(training.getId(), later));

        TrainingSession first = moved.getFirstSession().orElseThrow();
        String newFirst = Texts.dateTime(holder.getLanguage().locale(), first.getStart()) + " (" + first.getTimeZone() + ")";
        assertThat(trainings.registration(seat).getRemindedAt()).isNull();
        assertThat(data.notificationsOf(holder.getUsername(), link)).hasSize(2) // the reminder, then the move
                .last().satisfies(told -> {
                    assertThat(told.getTitle()).contains(training.getTitle());
                    assertThat(told.getText()).contains(newFirst);
                });
        assertThat(data.outboxMessagesTo(holder.getEmail())).isEqualTo(2);
        assertThat(data.notificationsOf(waiting.getUsername(), link)).singleElement()
                .extracting(Notification::getText).asString().contains(newFirst);
        assertThat(trainings.registration(place).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        // Not due now, sixteen days ahead; due again two days before the new first session.
        assertThat(reminders.remind(seat, now)).isFalse();
        assertThat(reminders.remind(seat, first.getStartInstant().minus(Duration.ofDays(2)))).isTrue();
    }

    private long first(Training training, RegistrationStatus status) {
        return trainings.registrations(training.getId()).stream().filter(r -> r.getStatus() == status)
                .map(Registration::getId).findFirst().orElseThrow();
    }

    /** The training's row of the catalogue, found by its title, which is unique. */
    private CatalogueRow row(Training training) throws Exception {
        return teacherKpt.call(() -> catalogue.page(new PageRequest(0, 10, null, true, Map.of("topic", training.getTitle()))))
                .items().stream().filter(row -> row.getId().equals(training.getId())).findFirst().orElseThrow();
    }
}
