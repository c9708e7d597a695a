package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.service.training.TrainingAttendance;
import eu.cginternational.service.training.TrainingRoster;
import eu.cginternational.service.training.TrainingRoster.FeedbackComment;
import eu.cginternational.service.training.TrainingRoster.RegistrationRow;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider's lists of a training, read a page at a time in the database: the seats of the
 * attendance sheet with their marks, the registrations in every status, and the comments. Who may
 * read them is tested with the sheet in {@link TrainingAttendanceIT} and {@link PartnerTrainingIT}.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingRosterIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    TrainingRoster roster;

    @EJB
    TrainingAttendance attendance;

    @EJB
    TrainingTestData trainings;

    @EJB
    StatementCounter counter;

    @EJB
    AsCoordinator coordinator;

    @Test
    void theSeatsComeAPageAtATimeByNameAndTheWaitingListIsNotOnTheSheet() throws Exception {
        long id = trainings.trainingWithSessions(25, -3, 2).getId();
        trainings.fillSeats(id, KPT, 26);
        List<String> names = trainings.registrations(id).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .map(r -> r.getParticipant().getFullName()).sorted().toList();

        Page<Registration> first = coordinator.call(() -> roster.seats(id, new PageRequest(0, 10, null, true, Map.of())));
        Page<Registration> last = coordinator.call(() -> roster.seats(id, new PageRequest(20, 10, null, true, Map.of())));
        Page<Registration> backwards = coordinator.call(() -> roster.seats(id, new PageRequest(0, 3, "participant", false, Map.of())));
        String someone = names.get(7);
        Page<Registration> found = coordinator.call(() -> roster.seats(id, PageRequest.first(10)
                .withFilters(Map.of("participant", someone.substring(someone.length() - 8).toUpperCase()))));

        assertThat(first.total()).isEqualTo(25);
        assertThat(fullNames(first.items())).isEqualTo(names.subList(0, 10));
        assertThat(fullNames(last.items())).isEqualTo(names.subList(20, 25));
        assertThat(fullNames(backwards.items())).containsExactly(names.get(24), names.get(23), names.get(22));
        assertThat(fullNames(found.items())).containsExactly(someone);
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void aPageOfSeatsWithTheirMarksCostsTheSameStatementsWhateverItsSize() throws Exception {
        long id = trainings.trainingWithSessions(30, -3, 2).getId();
        trainings.fillSeats(id, KPT, 30);
        List<Long> sessions = trainings.sessions(id);
        for (Registration seat : trainings.registrations(id)) {
            coordinator.call(() -> attendance.mark(id, sessions.get(0), seat.getId(), seat.getId() % 2 == 0));
        }

        var small = counter.count(() -> coordinator.call(() -> roster.seats(id, PageRequest.first(5))));
        var large = counter.count(() -> coordinator.call(() -> roster.seats(id, PageRequest.first(30))));

        assertThat(large.result().items()).hasSize(30)
                .allSatisfy(seat -> assertThat(seat.getSessionsAttended()).isEqualTo(seat.getId() % 2 == 0 ? 1 : 0));
        // The training, the count, the page's ids, their rows with the people, and all their marks in one.
        assertThat(large.statements()).as("%s", large.sent()).isEqualTo(small.statements()).isLessThanOrEqualTo(5);
    }

    @Test
    void theRegistrationsListEveryStatusWithTheSessionsAttendedAndFilterByStatusAndSchool() throws Exception {
        long id = trainings.trainingWithSessions(2, -3, 2).getId();
        trainings.fillSeats(id, KPT, 3);
        // A seat given, not the one waitlisted: the ids need not follow the order of registering.
        long seat = trainings.registrations(id).stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .findFirst().orElseThrow().getId();
        List<Long> sessions = trainings.sessions(id);
        coordinator.call(() -> attendance.mark(id, sessions.get(0), seat, true));
        coordinator.call(() -> attendance.mark(id, sessions.get(1), seat, true));

        Page<RegistrationRow> all = coordinator.call(() -> roster.registrations(id, PageRequest.first(20)));
        Page<RegistrationRow> waiting = coordinator.call(() -> roster.registrations(id,
                PageRequest.first(20).withFilters(Map.of("status", "WAITLISTED"))));
        Page<RegistrationRow> otherSchool = coordinator.call(() -> roster.registrations(id,
                PageRequest.first(20).withFilters(Map.of("school", "Pljevlja"))));
        Page<RegistrationRow> unknownStatus = coordinator.call(() -> roster.registrations(id,
                PageRequest.first(20).withFilters(Map.of("status", "SOMETHING"))));

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).allSatisfy(row -> assertThat(row.sessions()).isEqualTo(2))
                .filteredOn(row -> row.registration().getId() == seat).singleElement()
                .satisfies(row -> assertThat(row.attended()).isEqualTo(2));
        assertThat(waiting.items()).singleElement()
                .satisfies(row -> assertThat(row.registration().getStatus()).isEqualTo(RegistrationStatus.WAITLISTED));
        assertThat(otherSchool.total()).isZero();
        assertThat(unknownStatus.total()).isZero();
    }

    @Test
    void theCommentsComeNewestFirstAPageAtATimeWithoutTheRatingsWithoutAComment() throws Exception {
        long id = trainings.trainingWithSessions(10, -5, 2).getId();
        trainings.fillSeats(id, KPT, 6);
        List<Registration> seats = trainings.registrations(id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < seats.size(); i++) {
            trainings.leaveFeedback(seats.get(i).getId(), 1 + i % 5, i == 5 ? null : "Comment " + i, now.minusSeconds(60 - i));
        }

        Page<FeedbackComment> newest = coordinator.call(() -> roster.comments(id, PageRequest.first(2)));
        Page<FeedbackComment> next = coordinator.call(() -> roster.comments(id, new PageRequest(2, 2, null, true, Map.of())));
        Page<FeedbackComment> best = coordinator.call(() -> roster.comments(id, new PageRequest(0, 1, "rating", false, Map.of())));

        assertThat(newest.total()).isEqualTo(5);
        assertThat(newest.items()).extracting(FeedbackComment::comment).containsExactly("Comment 4", "Comment 3");
        assertThat(next.items()).extracting(FeedbackComment::comment).containsExactly("Comment 2", "Comment 1");
        assertThat(best.items()).singleElement().satisfies(c -> {
            assertThat(c.comment()).isEqualTo("Comment 4");
            assertThat(c.rating()).isEqualTo(5);
        });
    }

    private static List<String> fullNames(List<Registration> seats) {
        return seats.stream().map(Registration::getParticipant).map(UserAccount::getFullName).toList();
    }
}
