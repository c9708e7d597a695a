package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.service.mail.OutboxSender;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.mail.Session;
import java.time.Instant;
import java.util.List;
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
        return ServiceDeployment.create("outbox-it");
    }

    @EJB
    OutboxSender sender;

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

    @Test
    void theMailSessionGivesUpOnAMailServerThatStopsAnswering() {
        for (String timeout : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            assertThat(mail.getProperty(timeout)).as(timeout).isNotNull();
            assertThat(Integer.parseInt(mail.getProperty(timeout))).as(timeout + " in milliseconds").isBetween(1_000, 60_000);
        }
    }
}
