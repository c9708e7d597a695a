package eu.cginternational.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many failed HTTP Basic sign-ins each client address may still make: a bucket of {@link #BUDGET} failures that
 * refills by one every {@link #REFILL}. Once it is empty the next attempt is refused before its password is verified,
 * so that random credentials cannot keep the server verifying PBKDF2 hashes (a verification takes the time it is meant
 * to take, also for a username that does not exist). The lockout of an account after five failures protects its
 * password; this protects the server.
 */
@ApplicationScoped
public class SignInFailures {

    static final int BUDGET = 10;
    static final Duration REFILL = Duration.ofSeconds(6);

    /** Beyond this many addresses, those whose bucket is full again are forgotten. */
    private static final int SWEEP_ABOVE = 10_000;

    private static final class Bucket {
        private double failuresLeft = BUDGET;
        private Instant updated;

        Bucket(Instant now) {
            updated = now;
        }

        synchronized double refilledAt(Instant now) {
            if (now.isAfter(updated)) {
                double refilled = (double) Duration.between(updated, now).toNanos() / REFILL.toNanos();
                failuresLeft = Math.min(BUDGET, failuresLeft + refilled);
                updated = now;
            }
            return failuresLeft;
        }

        synchronized void take(Instant now) {
            failuresLeft = Math.max(0, refilledAt(now) - 1);
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** How long the address must wait before its next attempt, or empty when it may try now. */
    Optional<Duration> waitBefore(String address, Instant now) {
        Bucket bucket = buckets.get(address);
        double left = bucket == null ? BUDGET : bucket.refilledAt(now);
        if (left >= 1) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - left) * REFILL.toNanos())));
    }

    void recordFailure(String address, Instant now) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.refilledAt(now) >= BUDGET);
        }
        buckets.computeIfAbsent(address, a -> new Bucket(now)).take(now);
    }
}
