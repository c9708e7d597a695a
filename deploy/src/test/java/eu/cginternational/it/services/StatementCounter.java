package eu.cginternational.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements EclipseLink sends to the database on the calling thread while a piece
 * of work runs, whatever issued them (queries, lazy loads, batch reads). Other threads, such as the
 * outbox timer, do not count.
 */
@Singleton
@Startup
@PermitAll
public class StatementCounter {

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    @PersistenceUnit(unitName = "cg")
    EntityManagerFactory factory;

    private volatile boolean listening;

    /**
     * How many statements the work sent, and its result. Outside a transaction, so that each
     * service call the work makes runs in its own, as it would for a request.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> Counted<T> count(Callable<T> work) throws Exception {
        listen();
        List<String> statements = new ArrayList<>();
        COUNTING.set(statements);
        try {
            T result = work.call();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            COUNTING.remove();
        }
    }

    private void listen() {
        if (!listening) {
            factory.unwrap(Server.class).getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    List<String> statements = COUNTING.get();
                    if (statements != null) {
                        statements.add(String.valueOf(event.getCall()));
                    }
                }
            });
            listening = true;
        }
    }

    /** The result of the work, and the statements it sent, in order. */
    public record Counted<T>(T result, List<String> sent) {

        public int statements() {
            return sent.size();
        }
    }
}
