package eu.cginternational.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many failed sign-ins each client address may still make, through the login form and HTTP Basic alike (one
 * bucket for both, so that switching ways buys nothing): a bucket of {@link #BUDGET} failures that refills by one every
 * {@link #REFILL}. Each attempt takes one before its password is verified and gives it back when it succeeds, so that
 * attempts sent at once count as well; once the bucket is empty the next attempt is refused before any verification,
 * and random credentials cannot keep the server verifying PBKDF2 hashes (a verification takes the time it is meant to
 * take, also for a username that does not exist). The lockout of an account after five failures protects its
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

        /** Takes one failure from the bucket; or, when none is left, tells how long until there is one. */
        synchronized Optional<Duration> take(Instant now) {
            double left = refilledAt(now);
            if (left < 1) {
                return Optional.of(Duration.ofNanos((long) Math.ceil((1 - left) * REFILL.toNanos())));
            }
            failuresLeft = left - 1;
            return Optional.empty();
        }

        synchronized void giveBack() {
            failuresLeft = Math.min(BUDGET, failuresLeft + 1);
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * Takes a failure from the address's budget before an attempt is verified, or tells how long the address must wait
     * when it has none left.
     */
    Optional<Duration> take(String address, Instant now) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.refilledAt(now) >= BUDGET);
        }
        return buckets.computeIfAbsent(address, a -> new Bucket(now)).take(now);
    }

    /** Gives back what the attempt took: it signed in. */
    void giveBack(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket != null) {
            bucket.giveBack();
        }
    }
}
