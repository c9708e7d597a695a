package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.audit.AuditEvent;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.ejb.EJB;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log counts its events once and remembers the total until the next event: turning its
 * pages costs the ids and the rows, not a count of the whole log each time. Counted on the server.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogListingIT {

    private static final PageRequest NEWEST = new PageRequest(0, 10, null, true, Map.of());

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    AuditLog audit;

    @EJB
    StatementCounter counter;

    @EJB
    AsCoordinator coordinator;

    @Test
    void theLogIsCountedAgainOnlyAfterANewEvent() throws Exception {
        record("audit-log-listing-it: not empty");
        coordinator.call(() -> audit.page(NEWEST));

        StatementCounter.Counted<Page<AuditEvent>> again = counter.count(() -> coordinator.call(() -> audit.page(NEWEST)));
        record("audit-log-listing-it");
        StatementCounter.Counted<Page<AuditEvent>> afterEvent = counter.count(() -> coordinator.call(() -> audit.page(NEWEST)));

        assertThat(again.statements()).as("%s", again.sent()).isEqualTo(2);
        assertThat(afterEvent.statements()).as("%s", afterEvent.sent()).isEqualTo(3);
        assertThat(afterEvent.result().total()).isEqualTo(again.result().total() + 1);
        assertThat(afterEvent.result().items().get(0).getTarget()).isEqualTo("audit-log-listing-it");
    }

    private void record(String target) throws Exception {
        coordinator.call(() -> {
            audit.recordSeparately(AuditEventType.USER_UPDATED, target, null);
            return null;
        });
    }
}
