package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.account.CallerAccounts;
import jakarta.ejb.EJB;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nearly every service call reads its caller's account, so the account must stay in the shared
 * cache while its owner works, however many other accounts were read since. EclipseLink's default
 * cache keeps only the 100 accounts it last read or wrote; a busy account found there by id is not
 * counted as used and goes with the next garbage collection.
 */
@ExtendWith(ArquillianExtension.class)
class CallerAccountsIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    CallerAccounts callers;

    @EJB
    StatementCounter counter;

    @EJB
    AsCoordinator coordinator;

    @EJB
    TestData data;

    @Test
    void theCallersAccountCostsNoStatementAfterManyOtherAccountsAndAGarbageCollection() throws Exception {
        coordinator.call(callers::getCurrent);
        data.newAccounts(Role.STUDENT, KPT, 150);
        coordinator.call(callers::getCurrent);
        System.gc();

        StatementCounter.Counted<UserAccount> again = counter.count(() -> coordinator.call(callers::getCurrent));

        assertThat(again.result().getUsername()).isEqualTo("coordinator");
        assertThat(again.sent()).isEmpty();
    }

    @Test
    void anOpenSessionContinuesOnlyWhileItsAccountIsActiveWithTheRolesAndPasswordItSignedInWith() {
        UserAccount account = data.newAccount(Role.TEACHER, KPT);
        String username = account.getUsername();
        int stamp = account.getCredentialStamp();

        assertThat(callers.maySessionContinue(username, Set.of("TEACHER"), stamp)).isTrue();
        assertThat(callers.maySessionContinue(username, Set.of("TEACHER", "SCHOOL_ADMIN"), stamp)).isFalse();
        assertThat(callers.maySessionContinue(username, Set.of("TEACHER"), stamp + 1)).as("another password").isFalse();
        assertThat(callers.maySessionContinue("nobody." + username, Set.of("TEACHER"), stamp)).isFalse();
        data.deactivate(username);
        assertThat(callers.maySessionContinue(username, Set.of("TEACHER"), stamp)).isFalse();
    }

    @Test
    void checkingASessionOnEveryRequestCostsNoStatement() throws Exception {
        int stamp = coordinator.call(callers::getCurrent).getCredentialStamp();
        callers.maySessionContinue("coordinator", Set.of("COORDINATOR"), stamp);

        StatementCounter.Counted<Boolean> again = counter.count(
                () -> callers.maySessionContinue("coordinator", Set.of("COORDINATOR"), stamp));

        assertThat(again.result()).isTrue();
        assertThat(again.sent()).isEmpty();
    }
}
