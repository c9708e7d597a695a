package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.service.mail.OutboxSender;
import eu.cginternational.service.retention.Retention;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention limits inside the server, with the default periods: each deletion takes what is past its period and
 * leaves what is within it or still of use, whatever its age. A sent e-mail's body goes at once.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    Retention retention;

    @EJB
    OutboxSender sender;

    @EJB
    TestData data;

    @EJB
    OccupationTestData schools;

    @Test
    void readNotificationsGoAfter180DaysAndUnreadOnesStay() {
        String username = data.newAccount(Role.STUDENT, KPT).getUsername();
        Instant now = Instant.now();
        Instant beyond = now.minus(Duration.ofDays(181));
        Instant within = now.minus(Duration.ofDays(179));
        long oldRead = data.notification(username, beyond, beyond.plusSeconds(3600)).getId();
        long oldUnread = data.notification(username, beyond, null).getId();
        long recentRead = data.notification(username, within, within.plusSeconds(60)).getId();
        long recentUnread = data.notification(username, now, null).getId();

        int deleted = retention.deleteReadNotifications();

        assertThat(deleted).isPositive();
        assertThat(data.notification(oldRead)).isNull();
        assertThat(data.notificationsOf(username)).extracting(Notification::getId)
                .containsExactly(oldUnread, recentRead, recentUnread);
    }

    @Test
    void aSentEmailKeepsItsRecordButNotItsBody() throws Exception {
        GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        try {
            String recipient = TestData.unique("delivery") + "@school.example";
            // The platform's own timer waits meanwhile: where no mail server answers it, its attempt would fail and
            // put the e-mail off for a minute.
            long id = data.whileDeliveryWaits(() -> {
                long queued = data.queuedEmail(recipient).getId();
                sender.deliver(queued, mailServer.getSmtp().createSession());
                return queued;
            });

            OutboxMessage sent = data.outboxMessage(id);
            assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.getRecipient()).isEqualTo(recipient);
            assertThat(sent.getSubject()).isEqualTo("Test e-mail");
            assertThat(sent.getBody()).isNull();
        } finally {
            mailServer.stop();
        }
    }

    @Test
    void emailsGo90DaysAfterTheirSendingOrLastFailedAttemptAndPendingOnesStay() {
        String recipient = TestData.unique("retention") + "@school.example";
        Instant now = Instant.now();
        Instant beyond = now.minus(Duration.ofDays(91));
        Instant within = now.minus(Duration.ofDays(89));
        data.email(recipient, OutboxStatus.SENT, beyond);
        data.email(recipient, OutboxStatus.FAILED, beyond);
        long oldPending = data.email(recipient, OutboxStatus.PENDING, beyond).getId();
        long recentSent = data.email(recipient, OutboxStatus.SENT, within).getId();
        long recentFailed = data.email(recipient, OutboxStatus.FAILED, within).getId();

        int deleted = retention.deleteFinishedEmails();

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(data.emailsTo(recipient)).containsExactly(oldPending, recentSent, recentFailed);
        assertThat(retention.emailDays()).isEqualTo(90);
    }

    @Test
    void requestsForAnAccountGoWhenUnansweredFor30Days() {
        Instant now = Instant.now();
        String beyond = data.accountRequest(KPT, now.minus(Duration.ofDays(31))).getUsername();
        String within = data.accountRequest(KPT, now.minus(Duration.ofDays(29))).getUsername();

        int deleted = retention.deleteUnansweredAccountRequests();

        assertThat(deleted).isPositive();
        assertThat(data.accountRequestsNamed(beyond)).isEmpty();
        assertThat(data.accountRequestsNamed(within)).hasSize(1);
        assertThat(retention.accountRequestDays()).isEqualTo(30);
    }

    @Test
    void aSchoolLeftWithoutRequestsHasItsAdministratorsNoticesOfThemRead() {
        Instant now = Instant.now();
        Instant beyond = now.minus(Duration.ofDays(31));
        Institution emptied = schools.newSchool("ME");
        Institution stillAsked = schools.newSchool("ME");
        String emptiedAdministrator = data.newAccount(Role.SCHOOL_ADMIN, emptied.getName()).getUsername();
        String askedAdministrator = data.newAccount(Role.SCHOOL_ADMIN, stillAsked.getName()).getUsername();
        data.accountRequest(emptied.getName(), beyond);
        data.accountRequest(stillAsked.getName(), beyond);
        data.accountRequest(stillAsked.getName(), now.minus(Duration.ofDays(1)));
        data.actionRequired(emptiedAdministrator, AccountRequests.WAITING_PAGE);
        data.actionRequired(askedAdministrator, AccountRequests.WAITING_PAGE);
        long aboutSomethingElse = data.actionRequired(emptiedAdministrator, "/mobilities/index.xhtml").getId();
        long toldOfTheWaitingPage = data.information(emptiedAdministrator, AccountRequests.WAITING_PAGE).getId();

        retention.deleteUnansweredAccountRequests();

        assertThat(data.notificationsOf(emptiedAdministrator, AccountRequests.WAITING_PAGE))
                .filteredOn(notice -> notice.getId() != toldOfTheWaitingPage).isNotEmpty()
                .noneMatch(Notification::isUnread);
        assertThat(data.notification(toldOfTheWaitingPage).isUnread()).as("only what asked them to act is settled").isTrue();
        assertThat(data.notificationsOf(askedAdministrator, AccountRequests.WAITING_PAGE)).as("a request still waits")
                .isNotEmpty().allMatch(Notification::isUnread);
        assertThat(data.notification(aboutSomethingElse).isUnread()).isTrue();
    }

    @Test
    void resetTokensGoOnceExpiredWhetherUsedOrNotAndValidOnesStay() {
        String username = data.newAccount(Role.TEACHER, KPT).getUsername();
        Instant now = Instant.now();
        Instant twoHoursAgo = now.minus(Duration.ofHours(2));
        data.resetToken(username, twoHoursAgo, Duration.ofHours(1), twoHoursAgo.plusSeconds(300));
        data.resetToken(username, now.minus(Duration.ofDays(8)), Duration.ofDays(7), null);
        long open = data.resetToken(username, now.minus(Duration.ofMinutes(10)), Duration.ofHours(1), null).getId();
        long used = data.resetToken(username, now.minus(Duration.ofMinutes(20)), Duration.ofHours(1), now).getId();
        long welcome = data.resetToken(username, now.minus(Duration.ofDays(6)), Duration.ofDays(7), null).getId();

        int deleted = retention.deleteExpiredResetTokens();

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(data.resetTokensOf(username)).containsExactly(open, used, welcome);
    }
}
