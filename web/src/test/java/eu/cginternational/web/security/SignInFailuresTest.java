package eu.cginternational.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ADDRESS = "203.0.113.7";

    private final SignInFailures failures = new SignInFailures();

    private void fail(int times, String address, Instant at) {
        for (int i = 0; i < times; i++) {
            failures.recordFailure(address, at);
        }
    }

    @Nested
    class TheBudget {

        @Test
        void anAddressWithoutFailuresMayTry() {
            assertThat(failures.waitBefore(ADDRESS, NOW)).isEmpty();
        }

        @Test
        void anAddressMayFailUpToTheBudgetAndIsThenRefused() {
            fail(SignInFailures.BUDGET - 1, ADDRESS, NOW);
            assertThat(failures.waitBefore(ADDRESS, NOW)).as("one failure left").isEmpty();

            fail(1, ADDRESS, NOW);

            assertThat(failures.waitBefore(ADDRESS, NOW)).hasValue(SignInFailures.REFILL);
        }

        @Test
        void anotherAddressKeepsItsOwnBudget() {
            fail(SignInFailures.BUDGET, ADDRESS, NOW);

            assertThat(failures.waitBefore("198.51.100.1", NOW)).isEmpty();
        }
    }

    @Nested
    class Refilling {

        @Test
        void oneFailureComesBackAfterEachRefillInterval() {
            fail(SignInFailures.BUDGET, ADDRESS, NOW);
            Instant halfway = NOW.plus(SignInFailures.REFILL.dividedBy(2));
            Instant refilled = NOW.plus(SignInFailures.REFILL);

            assertThat(failures.waitBefore(ADDRESS, halfway)).hasValue(SignInFailures.REFILL.dividedBy(2));
            assertThat(failures.waitBefore(ADDRESS, refilled)).isEmpty();

            fail(1, ADDRESS, refilled);
            assertThat(failures.waitBefore(ADDRESS, refilled)).as("the one back is spent").isPresent();
        }

        @Test
        void aBucketFillsNoFurtherThanTheBudget() {
            fail(1, ADDRESS, NOW);
            Instant muchLater = NOW.plus(Duration.ofDays(1));

            fail(SignInFailures.BUDGET, ADDRESS, muchLater);

            assertThat(failures.waitBefore(ADDRESS, muchLater)).isPresent();
        }

        @Test
        void failuresWhileRefusedDoNotDigDeeper() {
            fail(SignInFailures.BUDGET + 20, ADDRESS, NOW);

            assertThat(failures.waitBefore(ADDRESS, NOW.plus(SignInFailures.REFILL))).isEmpty();
        }
    }
}
