package eu.cginternational.service.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cginternational.service.error.ConcurrentChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a lost race is told as "changed meanwhile": any other failure of a write stays the fault it is. */
class PersistenceTest {

    @Test
    void aStaleVersionIsAConcurrentChange() {
        EntityManager em = flushFailingWith(new OptimisticLockException("stale"));

        assertThatThrownBy(() -> Persistence.flushOrReportConflict(em)).isInstanceOf(ConcurrentChangeException.class);
    }

    /** 23505: a key taken; 23503: a row referred to deleted; 40001: a deadlock; 40XL1: a lock timeout (Derby). */
    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "40001", "40XL1"})
    void aKeyTakenOrALockLostIsAConcurrentChange(String sqlState) {
        EntityManager em = flushFailingWith(refusedBy(sqlState));

        assertThatThrownBy(() -> Persistence.flushOrReportConflict(em)).isInstanceOf(ConcurrentChangeException.class);
    }

    /**
     * 22001: a value too long for its column; 23502: a null where none may be; 23513: a check refused; 42X05: a table
     * missing; none: a failure without a database state.
     */
    @ParameterizedTest
    @ValueSource(strings = {"22001", "23502", "23513", "42X05", ""})
    void anyOtherFailureIsRethrownAsItIs(String sqlState) {
        PersistenceException failure = refusedBy(sqlState.isEmpty() ? null : sqlState);
        EntityManager em = flushFailingWith(failure);

        assertThatThrownBy(() -> Persistence.flushOrReportConflict(em)).isSameAs(failure);
    }

    private static PersistenceException refusedBy(String sqlState) {
        return new PersistenceException("refused", new SQLException("refused by the database", sqlState));
    }

    /** An entity manager whose flush fails as the provider would; nothing else is called by the method under test. */
    private static EntityManager flushFailingWith(RuntimeException failure) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("flush")) {
                        throw failure;
                    }
                    throw new AssertionError("not expected of the method under test: " + method.getName());
                });
    }
}
