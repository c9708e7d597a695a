package eu.cginternational.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How many failed sign-ins each client may still make, through the login form and HTTP Basic alike (one bucket for
 * both, so that switching ways buys nothing). A client is an IPv4 address, or the /64 of an IPv6 address
 * ({@link #clientOf}): a home line or a phone is given a whole /64 and may send from any of its 2^64 addresses, so a
 * bucket per IPv6 address would be no budget at all. A client's bucket holds {@link #BUDGET} failures and refills by
 * one every {@link #REFILL}. Each attempt takes one before its password is verified and gives it back when it
 * succeeds, so that attempts sent at once count as well; once the bucket is empty the next attempt is refused before
 * any verification, and random credentials cannot keep the server verifying PBKDF2 hashes (a verification takes the
 * time it is meant to take, also for a username that does not exist). The lockout of an account after five failures
 * protects its password; this protects the server.
 */
@ApplicationScoped
public class SignInFailures {

    static final int BUDGET = 10;
    static final Duration REFILL = Duration.ofSeconds(6);

    /** Beyond this many clients, those whose bucket is full again are forgotten. */
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
     * Takes a failure from the budget of the address's client before an attempt is verified, or tells how long the
     * client must wait when it has none left.
     */
    Optional<Duration> take(String address, Instant now) {
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.refilledAt(now) >= BUDGET);
        }
        return buckets.computeIfAbsent(clientOf(address), client -> new Bucket(now)).take(now);
    }

    /** Gives back what the attempt took: it signed in. */
    void giveBack(String address) {
        Bucket bucket = buckets.get(clientOf(address));
        if (bucket != null) {
            bucket.giveBack();
        }
    }

    /**
     * The client whose budget an address spends: an IPv6 address's /64 (such as {@code 2001:db8:1:2::/64}); an IPv4
     * address itself, also written as IPv4-mapped IPv6 ({@code ::ffff:203.0.113.7}). Anything that is not a literal
     * address (a zone index, which only a link-local connection has) is a client of its own.
     */
    static String clientOf(String address) {
        return TrustedProxies.literal(address)
                .map(parsed -> parsed instanceof Inet6Address ? slash64(parsed.getAddress()) : parsed.getHostAddress())
                .orElse(address);
    }

    /** The /64 of an IPv6 address's 16 bytes: its first four groups. */
    private static String slash64(byte[] bytes) {
        return IntStream.range(0, 4)
                .mapToObj(group -> Integer.toHexString((bytes[2 * group] & 0xFF) << 8 | bytes[2 * group + 1] & 0xFF))
                .collect(Collectors.joining(":", "", "::/64"));
    }
}
