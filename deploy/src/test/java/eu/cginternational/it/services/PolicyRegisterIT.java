package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.policy.Publication;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.policy.PolicyRegister;
import eu.cginternational.service.policy.PublicationDraft;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The register of research and policy in the service, inside the server: the rules on a publication's date. */
@ExtendWith(ArquillianExtension.class)
class PolicyRegisterIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    PolicyRegister register;

    @EJB
    AsCoordinator coordinator;

    @EJB
    TestData data;

    /**
     * A publication saved before its date was checked may be dated ahead of the coordinator's day (two days ahead of
     * UTC is ahead of it in Europe): it is changed without a new date, while moving it to another day ahead is refused.
     */
    @Test
    void aDateAheadSavedEarlierIsKeptByAChangeThatDoesNotTouchItButNotMovedToAnotherDayAhead() throws Exception {
        LocalDate ahead = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        Publication saved = data.reportDated(ahead);
        PublicationDraft retitled = PublicationDraft.of(saved);
        retitled.setTitle(saved.getTitle() + " (revised)");

        Publication changed = coordinator.call(() -> register.revise(saved.getId(), retitled));

        assertThat(changed.getTitle()).isEqualTo(saved.getTitle() + " (revised)");
        assertThat(changed.getPublishedOn()).isEqualTo(ahead);
        PublicationDraft moved = PublicationDraft.of(changed);
        moved.setPublishedOn(ahead.plusDays(1));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> register.revise(saved.getId(), moved)));
        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("publishedOn");
        assertThat(coordinator.call(() -> register.get(saved.getId())).getPublishedOn()).isEqualTo(ahead);
    }
}
