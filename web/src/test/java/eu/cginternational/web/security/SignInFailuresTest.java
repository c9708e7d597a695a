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
    class TheClient {

        private static final String HOME = "2001:db8:4a:7c00";

        @Test
        void everyAddressOfAnIpv6SlashSixtyFourSpendsOneBudget() {
            for (int i = 0; i < SignInFailures.BUDGET; i++) {
                fail(1, HOME + "::" + Integer.toHexString(i + 1), NOW);
            }

            assertThat(failures.take(HOME + ":ffff:ffff:ffff:fffe", NOW)).hasValue(SignInFailures.REFILL);
            assertThat(failures.take("2001:DB8:4A:7C00:0:0:0:ABC", NOW)).as("written otherwise").isPresent();
        }

        @Test
        void theNextSlashSixtyFourKeepsItsOwnBudget() {
            fail(SignInFailures.BUDGET, HOME + "::1", NOW);

            assertThat(failures.take("2001:db8:4a:7c01::1", NOW)).isEmpty();
        }

        @Test
        void aSignInFromAnotherAddressOfTheSlashSixtyFourGivesBackToItsBudget() {
            fail(SignInFailures.BUDGET - 1, HOME + "::1", NOW);
            fail(1, HOME + "::2", NOW);
            failures.giveBack(HOME + "::2");

            fail(1, HOME + "::3", NOW);
            assertThat(failures.take(HOME + "::4", NOW)).isPresent();
        }

        @Test
        void ipv4NeighboursKeepTheirOwnBudgets() {
            fail(SignInFailures.BUDGET, ADDRESS, NOW);

            assertThat(failures.take("203.0.113.8", NOW)).isEmpty();
        }

        @Test
        void anIpv4MappedAddressIsItsIpv4Address() {
            fail(SignInFailures.BUDGET, "::ffff:" + ADDRESS, NOW);

            assertThat(failures.take(ADDRESS, NOW)).isPresent();
            assertThat(SignInFailures.clientOf("::ffff:" + ADDRESS)).isEqualTo(ADDRESS);
        }

        @Test
        void aClientIsNamedByTheFirstFourGroups() {
            assertThat(SignInFailures.clientOf("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
            assertThat(SignInFailures.clientOf(HOME + ":ff:fe00:1:2")).isEqualTo(HOME + "::/64");
            assertThat(SignInFailures.clientOf("fe80::1%eth0")).as("not a literal: itself").isEqualTo("fe80::1%eth0");
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
