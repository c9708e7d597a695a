package eu.cginternational.service.query;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers the totals of large lazy lists for a short while. Counting is the one statement of a
 * list page that has to visit every matching row (on Derby about 150 ms for 100,000 mobilities),
 * while paging back and forth through the same list asks the same count again and again.
 *
 * <p>A total is kept per list, per person (their scope depends only on who they are) and per
 * filter values. Any write of an entity of the listed type through this server, seen by
 * {@link ListChanges}, makes that type's totals stale at once, for the writing transaction, and again once that
 * transaction has ended: a count read by another transaction in between still saw the rows as they were before the
 * write, and would otherwise be remembered as current until it expires. A write on another server of a cluster is
 * seen after {@code cg.list.totals-seconds} at the latest. 0 turns the cache off.
 */
@ApplicationScoped
public class ListTotals {

    /** Beyond this many remembered totals the oldest are forgotten rather than letting memory grow. */
    private static final int MAX_ENTRIES = 10_000;

    private record Key(Class<?> type, Object person, Map<String, String> filters) {
    }

    private record Remembered(long value, long generation, long expiresAt) {
    }

    /** A list's total, and whether it was counted by the call that returned it rather than remembered. */
    public record Total(long value, boolean countedNow) {
    }

    /** The types a transaction has written, under this key in its resources, to be made stale again when it ends. */
    private static final Object WRITTEN = ListTotals.class.getName() + ".written";

    private final ConcurrentMap<Key, Remembered> totals = new ConcurrentHashMap<>();
    private final ConcurrentMap<Class<?>, AtomicLong> generations = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "cg.list.totals-seconds", defaultValue = "15")
    int seconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The total for this person and these filters: remembered, or counted now by {@code count}. */
    public long total(Class<?> type, Object person, Map<String, String> filters, LongSupplier count) {
        return rememberedOrCounted(type, person, filters, count).value();
    }

    /**
     * As {@link #total}, saying as well whether {@code count} was called: a page that has just spent a statement on
     * counting its list may read its rows in a way that needs no further one.
     */
    public Total rememberedOrCounted(Class<?> type, Object person, Map<String, String> filters, LongSupplier count) {
        if (seconds <= 0) {
            return new Total(count.getAsLong(), true);
        }
        Key key = new Key(type, person, Map.copyOf(filters));
        long generation = generation(type).get();
        long now = System.nanoTime();
        Remembered known = totals.get(key);
        if (known != null && known.generation() == generation && now - known.expiresAt() < 0) {
            return new Total(known.value(), false);
        }
        long value = count.getAsLong();
        if (totals.size() >= MAX_ENTRIES) {
            totals.entrySet().removeIf(entry -> now - entry.getValue().expiresAt() >= 0);
            if (totals.size() >= MAX_ENTRIES) {
                totals.clear();
            }
        }
        totals.put(key, new Remembered(value, generation, now + TimeUnit.SECONDS.toNanos(seconds)));
        return new Total(value, true);
    }

    /**
     * Something of this type was written: its totals must be counted again, now and, when the write is part of a
     * transaction, once that transaction is over (committed or rolled back), as only then do others read what it wrote.
     */
    public void changed(Class<?> type) {
        generation(type).incrementAndGet();
        if (transactions.getTransactionKey() != null) {
            writtenInThisTransaction().add(type);
        }
    }

    @SuppressWarnings("unchecked")
    private Set<Class<?>> writtenInThisTransaction() {
        Set<Class<?>> written = (Set<Class<?>>) transactions.getResource(WRITTEN);
        if (written == null) {
            Set<Class<?>> types = new HashSet<>();
            transactions.putResource(WRITTEN, types);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the rows are not yet others' to read
                }

                @Override
                public void afterCompletion(int status) {
                    types.forEach(type -> generation(type).incrementAndGet());
                }
            });
            written = types;
        }
        return written;
    }

    private AtomicLong generation(Class<?> type) {
        return generations.computeIfAbsent(type, unused -> new AtomicLong());
    }
}
