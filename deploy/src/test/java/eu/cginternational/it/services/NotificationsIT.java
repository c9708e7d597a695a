package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.mobility.MobilityTransition;
import eu.cginternational.service.notification.Notifications;
import eu.cginternational.service.query.PageRequest;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications in the service, inside the server: who is told of a submission and of a decision,
 * and that each person reads and marks only their own.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";
    private static final Locale ALBANIAN = Locale.forLanguageTag("sq");
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    MobilityService mobilities;

    @EJB
    Notifications notifications;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    TestData data;

    @Test
    void aSubmissionTellsTheSchoolsAdministratorInTheAppAndByEmailButNoOtherSchool() throws Exception {
        long unreadBefore = schoolKpt.call(notifications::unreadCount);

        Mobility draft = data.draftMobility(KPT, nextStart());
        TestData.Mailed<Mobility> submission = data.mailing("school.kpt@demo.cg-international.eu",
                () -> submittedByTeacherKpt(draft));
        Mobility submitted = submission.result();
        String link = link(submitted);

        List<Notification> toSchoolKpt = data.notificationsOf("school.kpt", link);
        assertThat(toSchoolKpt).singleElement().satisfies(notification -> {
            assertThat(notification.getKind()).isEqualTo(NotificationKind.ACTION_REQUIRED);
            assertThat(notification.isUnread()).isTrue();
            // school.kpt reads Albanian: the texts are written in the recipient's language when made
            assertThat(notification.getTitle()).isEqualTo(Texts.format(ALBANIAN, "notice.mobility.to_decide.title"));
            // and so are the dates: "1 mars 2027", not 2027-03-01
            assertThat(notification.getText()).contains(submitted.getParticipant().getFullName(), KPT,
                    Texts.date(ALBANIAN, submitted.getStartDate()), Texts.date(ALBANIAN, submitted.getEndDate()))
                    .doesNotContain(submitted.getStartDate().toString());
        });
        assertThat(schoolKpt.call(notifications::unreadCount)).isEqualTo(unreadBefore + 1);
        assertThat(submission.body()).contains(link, Texts.date(ALBANIAN, submitted.getStartDate()));
        assertThat(data.notificationsOf("school.pljevlja", link)).isEmpty();
        assertThat(data.notificationsOf("teacher.kpt", link)).as("whoever submitted cannot decide").isEmpty();
    }

    @Test
    void aDecisionTellsTheParticipantWithTheComment() throws Exception {
        Mobility submitted = data.submittedMobility(KPT, nextStart());
        String participant = submitted.getParticipant().getUsername();

        schoolKpt.call(() -> mobilities.act(submitted.getId(),
                new MobilityTransition(MobilityAction.RETURN, "Please add the name of the mentor.", submitted.getVersion())));

        assertThat(data.notificationsOf(participant)).singleElement().satisfies(notification -> {
            assertThat(notification.getKind()).isEqualTo(NotificationKind.DECISION);
            assertThat(notification.getLink()).isEqualTo(link(submitted));
            assertThat(notification.isUnread()).isTrue();
            assertThat(notification.getTitle()).isEqualTo(Texts.format(Locale.ENGLISH, "notice.mobility.decided.title",
                    Texts.format(Locale.ENGLISH, "mobility.decision.RETURN")));
            assertThat(notification.getText()).contains("Please add the name of the mentor.");
        });
        assertThat(data.notificationsOf("school.kpt", link(submitted))).as("nobody is asked to decide a returned one")
                .isEmpty();
    }

    @Test
    void aDecisionSettlesTheNoticesThatAskedForItAndAsksTheNextStep() throws Exception {
        Mobility submitted = submittedByTeacherKpt();
        String link = link(submitted);
        assertThat(data.notificationsOf("school.kpt", link)).singleElement().matches(Notification::isUnread);

        schoolKpt.call(() -> mobilities.act(submitted.getId(),
                new MobilityTransition(MobilityAction.APPROVE, null, submitted.getVersion())));

        assertThat(data.notificationsOf("school.kpt", link)).as("the school's step is done, for every administrator")
                .singleElement().matches(notification -> !notification.isUnread());
        assertThat(data.notificationsOf("ministry.al", link)).as("the ministry's step waits")
                .isNotEmpty().allMatch(Notification::isUnread);
    }

    /**
     * An administrator of the school may be the applicant too (their own job shadowing): a colleague's decision settles
     * the notices that asked the administrators to decide, not what the applicant was told of their application.
     */
    @Test
    void aDecisionKeepsUnreadWhatAnAdministratorWasToldAsTheApplicant() throws Exception {
        Mobility draft = data.draftMobilityOfANewSchoolAdmin(KPT, "teacher.kpt", nextStart());
        String applicant = draft.getParticipant().getUsername();
        String link = link(draft);
        Mobility submitted = submittedByTeacherKpt(draft);
        Mobility returned = schoolKpt.call(() -> mobilities.act(submitted.getId(),
                new MobilityTransition(MobilityAction.RETURN, "Please name the mentor.", submitted.getVersion())));
        Mobility resubmitted = submittedByTeacherKpt(returned);

        schoolKpt.call(() -> mobilities.act(resubmitted.getId(),
                new MobilityTransition(MobilityAction.APPROVE, null, resubmitted.getVersion())));

        assertThat(data.notificationsOf(applicant, link)).as("the return, then the approval, both unread")
                .extracting(Notification::getKind, Notification::isUnread)
                .containsExactly(tuple(NotificationKind.DECISION, true), tuple(NotificationKind.DECISION, true));
        assertThat(data.notificationsOf("school.kpt", link)).as("the colleague's notices to decide are settled")
                .isNotEmpty().noneMatch(Notification::isUnread);
    }

    @Test
    void aWithdrawalSettlesTheNoticeToDecideAndTellsTheSchoolTheApplicationIsGone() throws Exception {
        Mobility submitted = submittedByTeacherKpt();
        String link = link(submitted);

        teacherKpt.call(() -> mobilities.act(submitted.getId(),
                new MobilityTransition(MobilityAction.WITHDRAW, null, submitted.getVersion())));

        assertThat(data.notificationsOf("school.kpt", link))
                .extracting(Notification::getKind, Notification::isUnread)
                .containsExactly(tuple(NotificationKind.ACTION_REQUIRED, false), tuple(NotificationKind.INFORMATION, true));
    }

    @Test
    void theListIsTheCallersOwnNewestFirstAndFiltersTheUnreadOnes() throws Exception {
        String link = link(submittedByTeacherKpt());
        long ownId = data.notificationsOf("school.kpt", link).get(0).getId();

        List<Notification> all = schoolKpt.call(() -> notifications.list(PageRequest.first(200)));
        List<Notification> unread = schoolKpt.call(() -> notifications.list(PageRequest.first(200)
                .withFilters(Map.of("unread", "true"))));

        assertThat(all).extracting(Notification::getId).contains(ownId);
        assertThat(all).extracting(Notification::getCreatedAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(unread).isNotEmpty().allMatch(Notification::isUnread);
        assertThat(schoolKpt.call(() -> notifications.count(Map.of("unread", "true"))))
                .isEqualTo(schoolKpt.call(notifications::unreadCount));
        assertThat(schoolPljevlja.call(() -> notifications.list(PageRequest.first(200))))
                .extracting(Notification::getId).doesNotContain(ownId);
    }

    @Test
    void anotherPersonsNotificationIsNotFoundAndStaysUnread() throws Exception {
        long id = data.notificationsOf("school.kpt", link(submittedByTeacherKpt())).get(0).getId();

        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> notifications.markRead(id)));
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> notifications.markRead(Long.MAX_VALUE)));
        assertThat(data.notification(id).isUnread()).isTrue();

        long unreadBefore = schoolKpt.call(notifications::unreadCount);
        Notification read = schoolKpt.call(() -> notifications.markRead(id));
        Instant firstRead = data.notification(id).getReadAt();
        schoolKpt.call(() -> notifications.markRead(id));

        assertThat(read.getLink()).isEqualTo(data.notification(id).getLink());
        assertThat(firstRead).isNotNull();
        assertThat(data.notification(id).getReadAt()).as("reading again keeps the first moment").isEqualTo(firstRead);
        assertThat(schoolKpt.call(notifications::unreadCount)).isEqualTo(unreadBefore - 1);
    }

    @Test
    void markingAllReadMarksOnlyTheCallersOwn() throws Exception {
        long kptId = data.notificationsOf("school.kpt", link(submittedByTeacherKpt())).get(0).getId();
        long pljevljaId = data.notification("school.pljevlja", Instant.now(), null).getId();

        int marked = schoolKpt.call(notifications::markAllRead);

        assertThat(marked).isPositive();
        assertThat(schoolKpt.call(notifications::unreadCount)).isZero();
        assertThat(data.notification(kptId).isUnread()).isFalse();
        assertThat(data.notification(pljevljaId).isUnread()).isTrue();
    }

    /** A draft of a new KPT student, submitted through the service by the demo teacher of KPT. */
    private Mobility submittedByTeacherKpt() throws Exception {
        return submittedByTeacherKpt(data.draftMobility(KPT, nextStart()));
    }

    private Mobility submittedByTeacherKpt(Mobility draft) throws Exception {
        return teacherKpt.call(() -> mobilities.act(draft.getId(),
                new MobilityTransition(MobilityAction.SUBMIT, null, draft.getVersion())));
    }

    private static String link(Mobility mobility) {
        return "/mobilities/mobility.xhtml?id=" + mobility.getId();
    }

    private static LocalDate nextStart() {
        return LocalDate.of(2031, 1, 6).plusWeeks(NEXT_WEEK.incrementAndGet());
    }
}
