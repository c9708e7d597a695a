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
            assertThat(failures.take(address, at)).as("attempt " + i + " may be verified").isEmpty();
        }
    }

    @Nested
    class TheBudget {

        @Test
        void anAddressMayFailUpToTheBudgetAndIsThenRefusedUntilOneComesBack() {
            fail(SignInFailures.BUDGET, ADDRESS, NOW);

            assertThat(failures.take(ADDRESS, NOW)).hasValue(SignInFailures.REFILL);
        }

        @Test
        void anotherAddressKeepsItsOwnBudget() {
            fail(SignInFailures.BUDGET, ADDRESS, NOW);

            assertThat(failures.take("198.51.100.1", NOW)).isEmpty();
        }

        @Test
        void anAttemptThatSignsInCostsNothing() {
            for (int i = 0; i < 3 * SignInFailures.BUDGET; i++) {
                assertThat(failures.take(ADDRESS, NOW)).isEmpty();
                failures.giveBack(ADDRESS);
            }

            fail(SignInFailures.BUDGET, ADDRESS, NOW);
        }
    }

    @Nested
    class Refilling {

        @Test
        void oneFailureComesBackAfterEachRefillInterval() {
            fail(SignInFailures.BUDGET, ADDRESS, NOW);
            Instant halfway = NOW.plus(SignInFailures.REFILL.dividedBy(2));
            Instant refilled = NOW.plus(SignInFailures.REFILL);

            assertThat(failures.take(ADDRESS, halfway)).hasValue(SignInFailures.REFILL.dividedBy(2));
            assertThat(failures.take(ADDRESS, refilled)).isEmpty();
            assertThat(failures.take(ADDRESS, refilled)).as("the one back is spent").isPresent();
        }

        @Test
        void aBucketFillsNoFurtherThanTheBudget() {
            fail(1, ADDRESS, NOW);
            Instant muchLater = NOW.plus(Duration.ofDays(1));

            fail(SignInFailures.BUDGET, ADDRESS, muchLater);

            assertThat(failures.take(ADDRESS, muchLater)).isPresent();
        }

        @Test
        void refusedAttemptsDoNotDigDeeper() {
            fail(SignInFailures.BUDGET, ADDRESS, NOW);
            for (int i = 0; i < 20; i++) {
                failures.take(ADDRESS, NOW);
            }

            assertThat(failures.take(ADDRESS, NOW.plus(SignInFailures.REFILL))).isEmpty();
        }
    }
}
