package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.mail.Outbox;
import eu.cginternational.service.mail.OutboxSender;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox inside the server, whose delivery runs every second in the test domain. */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    OutboxSender sender;

    @EJB
    Outbox outbox;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    TestData data;

    /** The session deploy/run.sh binds for a mail server (CG_SMTP_HOST), as in the test domain. */
    @Resource(lookup = "mail/cg")
    Session mail;

    @Test
    void aFailedAttemptWaitsItsTurnWhileTheDeliveryRunsGoOn() throws Exception {
        String recipient = TestData.unique("retry") + "@school.example";
        long id = data.emailFailedOnce(recipient, Instant.now()).getId();

        assertThat(sender.due(Integer.MAX_VALUE)).doesNotContain(id);
        Thread.sleep(2_500);

        OutboxMessage waiting = data.outboxMessage(id);
        assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.getAttempts()).as("no attempt before its minute is up").isEqualTo(1);
        assertThat(waiting.getBody()).isEqualTo("Made by a test");
    }

    /**
     * A message that fails other than at the mail server (here one the mail library cannot write) counts a failed attempt
     * with its retry schedule, as a refusal of the mail server does, and the run goes on: it stayed first in line, and
     * every e-mail after it waited for ever.
     */
    @Test
    void aMessageThatFailsOtherThanAtTheMailServerWaitsItsTurnAndTheNextGoesInTheSameRun() throws Exception {
        String recipient = TestData.unique("next") + "@school.example";
        GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        List<Long> queued = new ArrayList<>();
        try {
            Instant run = Instant.now();
            // The platform's own timer would try them too, through its own mail session: it waits meanwhile.
            data.whileDeliveryWaits(() -> {
                queued.add(data.queuedEmailWithoutText(TestData.unique("broken") + "@school.example").getId());
                queued.add(data.queuedEmail(recipient).getId());
                sender.deliverEach(queued, mailServer.getSmtp().createSession());
                return null;
            });

            OutboxMessage broken = data.outboxMessage(queued.get(0));
            assertThat(broken.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(broken.getAttempts()).isEqualTo(1);
            assertThat(broken.getLastError()).contains("NullPointerException");
            assertThat(broken.getNextAttemptAt()).as("its first retry, a minute later")
                    .isAfterOrEqualTo(run.plus(OutboxMessage.RETRY_DELAYS.get(0)));
            assertThat(data.outboxMessage(queued.get(1)).getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(mailServer.getReceivedMessages()).hasSize(1);
            assertThat(mailServer.getReceivedMessages()[0].getAllRecipients()).extracting(Object::toString)
                    .containsExactly(recipient);
        } finally {
            mailServer.stop();
            // the platform's delivery would try it for a day
            queued.stream().findFirst().ifPresent(data::deleteEmail);
        }
    }

    @Test
    void theMailSessionGivesUpOnAMailServerThatStopsAnswering() {
        for (String timeout : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            assertThat(mail.getProperty(timeout)).as(timeout).isNotNull();
            assertThat(Integer.parseInt(mail.getProperty(timeout))).as(timeout + " in milliseconds").isBetween(1_000, 60_000);
        }
    }

    @Test
    void aCoordinatorSendsAFailedEmailAgainOnceTheMailServerWorks() throws Exception {
        String recipient = TestData.unique("again") + "@school.example";
        long id = data.email(recipient, OutboxStatus.FAILED, Instant.now()).getId();
        Long seen = data.outboxMessage(id).getVersion();

        CounsellingIT.assertRefusedByRole(() -> schoolKpt.call(() -> outbox.sendAgain(id, seen)));
        assertThat(data.outboxMessage(id).getStatus()).isEqualTo(OutboxStatus.FAILED);
        GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        try {
            // The platform's own timer would try it too, through its own mail session: it waits meanwhile.
            List<String> outcomes = data.whileDeliveryWaits(() -> {
                List<String> raced = Race.twice(() -> {
                    try {
                        coordinator.call(() -> outbox.sendAgain(id, seen));
                        return "queued";
                    } catch (ConcurrentChangeException e) {
                        return "changed meanwhile";
                    }
                });
                sender.deliver(id, mailServer.getSmtp().createSession());
                return raced;
            });

            assertThat(outcomes).containsExactlyInAnyOrder("queued", "changed meanwhile");
            assertThat(data.auditDetails(AuditEventType.EMAIL_SENT_AGAIN, "e-mail " + id))
                    .as("the mail server's error quoted the address, which the log does not keep")
                    .containsExactly("after " + OutboxMessage.MAX_ATTEMPTS + " failed attempts");
            OutboxMessage sent = data.outboxMessage(id);
            assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.getAttempts()).as("counted afresh").isEqualTo(1);
            assertThat(Arrays.stream(mailServer.getReceivedMessages()).map(GreenMailUtil::getBody))
                    .containsExactly("Made by a test");
        } finally {
            mailServer.stop();
        }
    }

    @Test
    void onlyAFailedEmailThatKeptItsTextIsSentAgain() throws Exception {
        String address = data.newAccount(Role.TEACHER, "Kolegji Profesional i Tiranës").getEmail();
        // as AccountService.sendLink queues a link to choose a password
        OutboxMessage resetLink = data.mailingFailedForGood(address, () -> {
            outbox.enqueueWithSignInLink(address, "Choose your password", "https://cg.example/reset-password.xhtml?token=t");
            return null;
        });
        // waiting for its next attempt, a minute away: the delivery leaves it alone meanwhile
        OutboxMessage waiting = data.emailFailedOnce(TestData.unique("waiting") + "@school.example", Instant.now());

        assertThat(resetLink.getBody()).as("a link to sign in goes with the given-up e-mail").isNull();
        assertThat(refusal(resetLink)).isEqualTo("outbox.body_gone");
        assertThat(refusal(waiting)).isEqualTo("outbox.not_failed");
        assertThat(data.outboxMessage(resetLink.getId()).getStatus()).isEqualTo(OutboxStatus.FAILED);
    }

    /** Why sending the e-mail again, as it stands now, is refused. */
    private String refusal(OutboxMessage message) {
        Long seen = data.outboxMessage(message.getId()).getVersion();
        return assertThrows(RejectedException.class,
                () -> coordinator.call(() -> outbox.sendAgain(message.getId(), seen))).getMessageKey();
    }

    /**
     * The page as a coordinator reads it, from the platform deployed beside this archive on the same database: a system
     * test outside the server could not make an e-mail fail for good, as the delivery takes a day to give one up.
     */
    @Test
    void theOutboxPageOffersSendingAgainOnFailedRowsOnly() throws Exception {
        String failed = data.email(TestData.unique("failed") + "@school.example", OutboxStatus.FAILED, Instant.now()).getRecipient();
        String sent = data.email(TestData.unique("sent") + "@school.example", OutboxStatus.SENT, Instant.now()).getRecipient();
        String waiting = data.email(TestData.unique("waiting") + "@school.example", OutboxStatus.PENDING, Instant.now()).getRecipient();

        String page = outboxPageAsCoordinator();

        assertThat(rowOf(page, failed)).contains("send-again");
        assertThat(rowOf(page, sent)).doesNotContain("send-again");
        assertThat(rowOf(page, waiting)).doesNotContain("send-again");
    }

    private static String outboxPageAsCoordinator() throws Exception {
        String base = ConfigProvider.getConfig().getValue("cg.public-url", String.class);
        String authorization = "Basic " + Base64.getEncoder().encodeToString("coordinator:cg-demo-2026!".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(base + "/coordinator/outbox.xhtml")).timeout(Duration.ofSeconds(60))
                        .header("Authorization", authorization).header("Accept-Language", "en").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The table row that names the recipient. */
    private static String rowOf(String page, String recipient) {
        return Arrays.stream(page.split("<tr")).filter(row -> row.contains(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + recipient + " on the outbox page"));
    }
}
