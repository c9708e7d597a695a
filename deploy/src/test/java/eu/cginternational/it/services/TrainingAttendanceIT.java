package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.CompletionBasis;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationReason;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.service.training.FeedbackDraft;
import eu.cginternational.service.training.TrainingAttendance;
import eu.cginternational.service.training.TrainingCatalogue;
import eu.cginternational.service.training.TrainingCertificates;
import eu.cginternational.service.training.TrainingCompletions;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.service.training.TrainingReminders;
import eu.cginternational.service.training.TrainingRoster;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After registration, in the service inside the server: only the training's providers keep its
 * attendance sheet; closing applies the completion rule and issues certificates whose codes the
 * public verification confirms; the certificate belongs to its owner; feedback once; the reminder
 * before the first session goes once; a self-paced completion is idempotent.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingAttendanceIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    TrainingAttendance attendance;

    @EJB
    TrainingCertificates certificates;

    @EJB
    TrainingCompletions completions;

    @EJB
    TrainingRegistrations registrations;

    @EJB
    TrainingReminders reminders;

    @EJB
    TrainingRoster roster;

    @EJB
    TrainingCatalogue catalogue;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    TrainingTestData trainings;

    @EJB
    TestData data;

    @Test
    void aProviderOfAnotherInstitutionIsRefusedAndNothingChanges() throws Exception {
        Training training = trainings.trainingWithSessions(5, -3, 2);
        long id = training.getId();
        long seat = trainings.register(id, "teacher.kpt");
        long session = trainings.sessions(id).get(0);

        // school.kpt works at a school, not at Mundus, the provider.
        assertThrows(AccessDeniedException.class, () -> schoolKpt.call(() -> attendance.sheet(id)));
        assertThrows(AccessDeniedException.class, () -> schoolKpt.call(() -> attendance.mark(id, session, seat, true)));
        assertThrows(AccessDeniedException.class, () -> schoolKpt.call(() -> attendance.close(id)));
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> attendance.feedback(id)));

        assertThrows(AccessDeniedException.class, () -> schoolKpt.call(() -> roster.seats(id, PageRequest.first(20))));
        assertThat(coordinator.call(() -> roster.seats(id, PageRequest.first(20))).items()).singleElement()
                .satisfies(r -> assertThat(r.getAttendance()).isEmpty());
        assertThat(trainings.trainingById(id).isClosed()).isFalse();
    }

    @Test
    void closingCompletesThoseWhoMeetTheRuleAndTheirCodesVerify() throws Exception {
        Training training = trainings.trainingWithSessions(5, -4, 3);
        long id = training.getId();
        UserAccount other = trainings.newTeacher(KPT);
        long kpt = trainings.register(id, "teacher.kpt");
        long partly = trainings.register(id, other.getUsername());
        List<Long> sessions = trainings.sessions(id);
        coordinator.call(() -> {
            for (Long session : sessions) {
                attendance.mark(id, session, kpt, true);
            }
            // 1 of 3 sessions: below the default 75 %; a wrong mark corrected still counts once.
            attendance.mark(id, sessions.get(0), partly, false);
            attendance.mark(id, sessions.get(0), partly, true);
            attendance.mark(id, sessions.get(1), partly, false);
            return null;
        });

        List<Registration> completed = coordinator.call(() -> attendance.close(id));

        assertThat(completed).extracting(Registration::getId).containsExactly(kpt);
        Registration done = trainings.registration(kpt);
        assertThat(done.isCompleted()).isTrue();
        assertThat(done.getCompletionBasis()).isEqualTo(CompletionBasis.ATTENDANCE);
        assertThat(done.getCertificateCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(trainings.registration(partly).isCompleted()).isFalse();
        assertThat(data.notificationsOf("teacher.kpt", "/trainings/training.xhtml?id=" + id))
                .anySatisfy(n -> assertThat(n.getText()).contains(done.getCertificateCode()));

        TrainingCertificates.Verified verified = certificates.verify(done.getCertificateCode().toLowerCase()).orElseThrow();
        assertThat(verified.participant()).isEqualTo(data.account("teacher.kpt").getFullName());
        assertThat(verified.training()).isEqualTo(training.getTitle());
        assertThat(certificates.verify("2222-3333-4444")).isEmpty();
        assertThat(certificates.verify("<script>")).isEmpty();

        Pdf pdf = teacherKpt.call(() -> certificates.certificate(kpt));
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> certificates.certificate(kpt)));

        RejectedException again = assertThrows(RejectedException.class, () -> coordinator.call(() -> attendance.close(id)));
        assertThat(again.getMessageKey()).isEqualTo("training.rule.TRAINING_CLOSED");
        RejectedException late = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> attendance.mark(id, sessions.get(2), partly, true)));
        assertThat(late.getMessageKey()).isEqualTo("training.rule.TRAINING_CLOSED");
    }

    @Test
    void onAClosedTrainingNobodyRegistersOrGivesUpASeatAndNobodyIsPromoted() throws Exception {
        Training training = trainings.trainingWithSessions(1, -3, 1);
        long id = training.getId();
        long seat = trainings.register(id, "teacher.kpt");
        UserAccount waiting = trainings.newTeacher(KPT);
        long place = trainings.register(id, waiting.getUsername());
        UserAccount newcomer = trainings.newTeacher(KPT);
        assertThat(coordinator.call(() -> attendance.close(id))).isEmpty();
        // Its dates no longer stand in the way: the training being closed does.
        trainings.keepOpenAfterItsSessions(id);

        RejectedException givenUp = assertThrows(RejectedException.class, () -> teacherKpt.call(() -> registrations.cancel(seat)));
        RejectedException nominated = assertThrows(RejectedException.class,
                () -> schoolKpt.call(() -> registrations.register(id, newcomer.getId())));
        RejectedException own = assertThrows(RejectedException.class, () -> schoolKpt.call(() -> registrations.register(id, null)));

        assertThat(List.of(givenUp, nominated, own)).extracting(RejectedException::getMessageKey)
                .containsOnly("training.rule.TRAINING_CLOSED");
        assertThat(trainings.registration(seat).getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        Registration stillWaiting = trainings.registration(place);
        assertThat(stillWaiting.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(stillWaiting.getPosition()).isEqualTo(1);
        assertThat(stillWaiting.getHistory()).hasSize(1);
        assertThat(trainings.registrations(id)).hasSize(2);
        assertThat(data.notificationsOf(waiting.getUsername())).isEmpty();
        assertThat(data.outboxMessagesTo(waiting.getEmail())).isZero();
        assertThat(teacherKpt.call(() -> registrations.actionsFor(catalogue.get(id)))).isEmpty();
    }

    @Test
    void aTrainingClosesOnlyAfterItsLastSessionAndAFutureSessionIsNotMarked() throws Exception {
        Training training = trainings.trainingWithSessions(5, -1, 3);
        long id = training.getId();
        long seat = trainings.register(id, "teacher.kpt");
        long tomorrow = trainings.sessions(id).get(2);

        RejectedException early = assertThrows(RejectedException.class, () -> coordinator.call(() -> attendance.close(id)));
        RejectedException future = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> attendance.mark(id, tomorrow, seat, true)));

        assertThat(early.getMessageKey()).isEqualTo("training.rule.NOT_OVER");
        assertThat(future.getMessageKey()).isEqualTo("training.rule.SESSION_NOT_STARTED");
        assertThat(trainings.trainingById(id).isClosed()).isFalse();
    }

    @Test
    void feedbackOnceAfterTheTrainingAndProvidersSeeTheAverage() throws Exception {
        Training training = trainings.trainingWithSessions(5, -3, 1);
        long id = training.getId();
        long seat = trainings.register(id, "teacher.kpt");
        coordinator.call(() -> attendance.mark(id, trainings.sessions(id).get(0), seat, true));

        teacherKpt.call(() -> registrations.leaveFeedback(seat, new FeedbackDraft(4, "Clear and practical.")));
        RejectedException twice = assertThrows(RejectedException.class,
                () -> teacherKpt.call(() -> registrations.leaveFeedback(seat, new FeedbackDraft(1, "Changed my mind"))));

        assertThat(twice.getMessageKey()).isEqualTo("training.rule.FEEDBACK_GIVEN");
        TrainingAttendance.FeedbackSummary summary = coordinator.call(() -> attendance.feedback(id));
        assertThat(summary.ratings()).isEqualTo(1);
        assertThat(summary.average()).isEqualTo(4.0);
        assertThat(coordinator.call(() -> roster.comments(id, PageRequest.first(20))).items())
                .extracting(TrainingRoster.FeedbackComment::comment, TrainingRoster.FeedbackComment::rating)
                .containsExactly(tuple("Clear and practical.", 4));
    }

    @Test
    void theReminderBeforeTheFirstSessionGoesOnce() throws Exception {
        Training training = trainings.trainingWithSessions(5, 2, 1);
        UserAccount teacher = trainings.newTeacher(KPT);
        long seat = trainings.register(training.getId(), teacher.getUsername());
        Instant now = Instant.now();

        reminders.remindDue(now);
        reminders.remindDue(now.plusSeconds(60));

        assertThat(trainings.registration(seat).getRemindedAt()).isNotNull();
        assertThat(data.notificationsOf(teacher.getUsername())).hasSize(1)
                .allSatisfy(n -> assertThat(n.getTitle()).contains(training.getTitle()));
        assertThat(data.outboxMessagesTo(teacher.getEmail())).isEqualTo(1);
        assertThat(reminders.remind(seat, now.plusSeconds(120))).isFalse();
    }

    /**
     * More candidates than one batch of a run (500): a large training's registrations, within the zones' margin but not
     * due yet, filled it, and another training due in the same hour was never reminded.
     */
    @Test
    void aRunRemindsEveryTrainingDueWhateverComesBeforeItsRegistrations() throws Exception {
        Training large = trainings.trainingWithSessions(600, 400, 1);
        trainings.fillSeats(large.getId(), KPT, 500);
        Training small = trainings.trainingWithSessions(5, 399, 1);
        UserAccount teacher = trainings.newTeacher(KPT);
        long seat = trainings.register(small.getId(), teacher.getUsername());
        long largeSeat = trainings.registrations(large.getId()).get(0).getId();
        Instant largeStarts = trainings.trainingById(large.getId()).getFirstSession().orElseThrow().getStartInstant();
        // ten hours before the large training's reminder is due (3 days before, the test domain's setting)
        Instant now = largeStarts.minus(Duration.ofDays(3)).minus(Duration.ofHours(10));

        reminders.remindDue(now);

        assertThat(trainings.registration(seat).getRemindedAt()).isNotNull();
        assertThat(trainings.registration(largeSeat).getRemindedAt()).as("not due yet").isNull();
        assertThat(reminders.remindDue(now.plusSeconds(60))).as("once").isZero();
        assertThat(data.outboxMessagesTo(teacher.getEmail())).isEqualTo(1);
    }

    @Test
    void aTrainingFarAwayIsNotRemindedYet() throws Exception {
        Training training = trainings.trainingWithSessions(5, 10, 1);
        UserAccount teacher = trainings.newTeacher(KPT);
        long seat = trainings.register(training.getId(), teacher.getUsername());

        reminders.remindDue(Instant.now());

        assertThat(trainings.registration(seat).getRemindedAt()).isNull();
        assertThat(data.notificationsOf(teacher.getUsername())).isEmpty();
    }

    @Test
    void aSelfPacedCompletionHappensOnceAndKeepsItsCode() throws Exception {
        Training training = trainings.trainingWithSessions(5, 30, 1);
        long seat = trainings.register(training.getId(), "teacher.kpt");

        String code = teacherKpt.call(() -> completions.completeSelfPaced(training.getId()).getCertificateCode());
        String again = teacherKpt.call(() -> completions.completeSelfPaced(training.getId()).getCertificateCode());

        assertThat(again).isEqualTo(code);
        assertThat(trainings.registration(seat).getCompletionBasis()).isEqualTo(CompletionBasis.SELF_PACED_MODULE);
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> completions.completeSelfPaced(training.getId())));
    }

    @Test
    void withThePriorityOnARuralTeacherGoesAheadOnTheWaitingList() throws Exception {
        Training training = trainings.trainingWithSessions(1, 30, 1);
        long id = training.getId();
        trainings.prioritise(id);
        trainings.markRural("SVS-Pljevlja");
        trainings.register(id, "teacher.kpt");
        UserAccount other = trainings.newTeacher(KPT);
        long waiting = trainings.register(id, other.getUsername());
        UserAccount rural = trainings.newTeacher("SVS-Pljevlja");

        long ahead = schoolPljevlja.call(() -> registrations.register(id, rural.getId()).getId());

        assertThat(trainings.registration(ahead).getPosition()).isEqualTo(1);
        assertThat(trainings.registration(ahead).getLastStep().getReason()).isEqualTo(RegistrationReason.ARRIVED_WITH_PRIORITY);
        assertThat(trainings.registration(waiting).getPosition()).isEqualTo(2);
        assertThat(trainings.registration(waiting).getLastStep().getReason()).isEqualTo(RegistrationReason.MOVED_DOWN_FOR_PRIORITY);
    }
}
