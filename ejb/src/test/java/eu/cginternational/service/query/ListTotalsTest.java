package eu.cginternational.service.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remembered totals against the transaction that writes: a count read by another transaction while the write is
 * not yet committed sees the rows as they were, and must not be taken for the total once the write is in.
 */
class ListTotalsTest {

    private static final Map<String, String> UNREAD = Map.of("unread", "true");

    private final ListTotals totals = new ListTotals();
    private final OneTransaction writing = new OneTransaction();
    /** The rows as other transactions read them: the committed ones. */
    private final AtomicLong committed = new AtomicLong(2);

    @BeforeEach
    void remembersForAWhile() {
        totals.seconds = 15;
        totals.transactions = writing;
    }

    private long countRead() {
        return totals.total(Written.class, "school.kpt", UNREAD, committed::get);
    }

    @Test
    void aCountReadBetweenTheWriteAndItsCommitIsCountedAgainOnceTheWriteIsCommitted() {
        assertThat(countRead()).isEqualTo(2);

        totals.changed(Written.class); // flushed, not yet committed
        assertThat(countRead()).as("another reader still sees the rows before the write").isEqualTo(2);
        committed.set(3);
        writing.end(Status.STATUS_COMMITTED);

        assertThat(countRead()).isEqualTo(3);
    }

    @Test
    void aCountReadInsideTheWritingTransactionDoesNotOutliveItsRollback() {
        totals.changed(Written.class);
        committed.set(3); // what the writing transaction itself reads
        assertThat(countRead()).isEqualTo(3);
        committed.set(2);
        writing.end(Status.STATUS_ROLLEDBACK);

        assertThat(countRead()).isEqualTo(2);
    }

    @Test
    void aWriteOutsideATransactionMakesTheTotalStaleAtOnce() {
        writing.end(Status.STATUS_COMMITTED);
        assertThat(countRead()).isEqualTo(2);

        committed.set(3);
        totals.changed(Written.class);

        assertThat(countRead()).isEqualTo(3);
        assertThat(writing.synchronizations).isEmpty();
    }

    @Test
    void manyWritesOfATransactionWaitForItsEndOnce() {
        totals.changed(Written.class);
        totals.changed(Written.class);
        totals.changed(String.class);

        assertThat(writing.synchronizations).hasSize(1);
    }

    @Test
    void saysWhetherTheTotalWasCountedByTheCallOrRemembered() {
        writing.end(Status.STATUS_COMMITTED);
        assertThat(totals.rememberedOrCounted(Written.class, "school.kpt", UNREAD, committed::get))
                .isEqualTo(new ListTotals.Total(2, true));
        assertThat(totals.rememberedOrCounted(Written.class, "school.kpt", UNREAD, committed::get))
                .isEqualTo(new ListTotals.Total(2, false));
        assertThat(totals.rememberedOrCounted(Written.class, "school.pljevlja", UNREAD, committed::get).countedNow())
                .as("another person's total is theirs").isTrue();

        committed.set(3);
        totals.changed(Written.class);
        assertThat(totals.rememberedOrCounted(Written.class, "school.kpt", UNREAD, committed::get))
                .isEqualTo(new ListTotals.Total(3, true));
    }

    @Test
    void withoutRememberingEveryTotalIsCounted() {
        totals.seconds = 0;

        assertThat(totals.rememberedOrCounted(Written.class, "school.kpt", UNREAD, committed::get).countedNow()).isTrue();
        assertThat(totals.rememberedOrCounted(Written.class, "school.kpt", UNREAD, committed::get).countedNow()).isTrue();
    }

    /** A type of entity written. */
    private static final class Written {
    }

    /** The registry of one transaction, active until it is ended. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {

        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();
        private boolean active = true;

        void end(int status) {
            active = false;
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
            synchronizations.clear();
            resources.clear();
        }

        @Override
        public Object getTransactionKey() {
            return active ? this : null;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return active ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
