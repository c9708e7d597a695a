package eu.cginternational.service.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what waits in the outbox, every {@code cg.outbox.interval} (an ISO-8601 duration), when a
 * mail session is bound under {@code cg.mail.session}. Without one the messages stay pending and
 * coordinators see them in the outbox view. Each message is sent in its own transaction by
 * {@link OutboxSender}, so one bad address, or one message that fails otherwise, does not hold up the rest. Its timer starts only once the schema is migrated:
 * on a new database, or after a migration that changed the outbox, a run before would query columns not there yet.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class OutboxDelivery {

    private static final int BATCH = 50;

    @Inject
    Logger log;

    @Resource
    TimerService timers;

    @Inject
    OutboxSender sender;

    @Inject
    @ConfigProperty(name = "cg.outbox.interval", defaultValue = "PT30S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "cg.mail.session", defaultValue = "mail/cg")
    String mailSessionName;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean reportedMissingSession = new AtomicBoolean();
    private final AtomicBoolean reportedNoTimeout = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long millis = Math.max(1000, interval.toMillis());
        timers.createIntervalTimer(millis, millis, new TimerConfig("outbox-delivery", false));
    }

    @Timeout
    void deliverDue() {
        // A slow mail server must not stack up overlapping runs.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Optional<Session> mailSession = mailSession();
            if (mailSession.isEmpty()) {
                return;
            }
            sender.deliverEach(sender.due(BATCH), mailSession.get());
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Outbox delivery run failed", e);
        } finally {
            running.set(false);
        }
    }

    private Optional<Session> mailSession() {
        try {
            Session session = InitialContext.doLookup(mailSessionName);
            warnOnceWithoutTimeout(session);
            return Optional.of(session);
        } catch (NamingException e) {
            if (reportedMissingSession.compareAndSet(false, true)) {
                log.log(Level.INFO, "No mail session bound at {0}: e-mails stay in the outbox", mailSessionName);
            }
            return Optional.empty();
        }
    }

    /**
     * Jakarta Mail waits for ever unless told otherwise: a mail server that stops answering would hold every later
     * e-mail, and the lock on the one being sent, until the server restarts. deploy/run.sh sets the timeouts; a mail
     * session bound by hand may lack them.
     */
    private void warnOnceWithoutTimeout(Session session) {
        String protocol = session.getProperty("mail.transport.protocol");
        String timeout = "mail." + (protocol == null ? "smtp" : protocol) + ".timeout";
        if (session.getProperty(timeout) == null && reportedNoTimeout.compareAndSet(false, true)) {
            log.log(Level.WARNING, "The mail session {0} sets no {1}: a mail server that stops answering holds the outbox",
                    new Object[] {mailSessionName, timeout});
        }
    }
}
