package eu.cginternational.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    private static final String PROXY = "10.0.0.5";
    private static final String CLIENT = "203.0.113.7";

    private final TrustedProxies proxies = new TrustedProxies();

    private String clientOf(String connection, String... forwardedFor) {
        return proxies.clientAddress(connection, List.of(forwardedFor));
    }

    @Nested
    class NothingTrusted {

        @Test
        void byDefaultEveryConnectionKeepsItsOwnAddressWhateverItsHeaderSays() {
            proxies.trust("");

            assertThat(clientOf(PROXY, CLIENT)).isEqualTo(PROXY);
        }
    }

    @Nested
    class ThroughOneProxy {

        @Test
        void aTrustedProxysConnectionIsFromTheAddressItForwardsFor() {
            proxies.trust(PROXY);

            assertThat(clientOf(PROXY, CLIENT)).isEqualTo(CLIENT);
        }

        @Test
        void whatTheClientWroteItselfIsNotBelieved() {
            proxies.trust(PROXY);

            // The client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the address it saw.
            assertThat(clientOf(PROXY, "198.51.100.1, " + CLIENT)).isEqualTo(CLIENT);
        }

        @Test
        void aTrustedProxyWithoutTheHeaderIsTheClient() {
            proxies.trust(PROXY);

            assertThat(clientOf(PROXY)).isEqualTo(PROXY);
        }

        @Test
        void aHeaderFromAnUntrustedClientChangesNothing() {
            proxies.trust(PROXY);

            assertThat(clientOf("198.51.100.1", CLIENT)).isEqualTo("198.51.100.1");
            assertThat(clientOf("198.51.100.1", PROXY)).as("not even naming a trusted proxy").isEqualTo("198.51.100.1");
        }
    }

    @Nested
    class ThroughAChainOfProxies {

        @Test
        void trustedProxiesArePassedOverFromTheRight() {
            proxies.trust("10.0.0.5, 10.1.0.0/16");

            assertThat(clientOf(PROXY, CLIENT + ", 10.1.2.3, 10.1.9.9")).isEqualTo(CLIENT);
        }

        @Test
        void severalHeadersAreOneListInTheOrderReceived() {
            proxies.trust("10.0.0.5, 10.1.0.0/16");

            assertThat(clientOf(PROXY, "198.51.100.1, " + CLIENT, "10.1.2.3")).isEqualTo(CLIENT);
        }

        @Test
        void theWalkStopsAtTheFirstUntrustedHopEvenIfTrustedOnesComeBeforeIt() {
            proxies.trust("10.0.0.5, 10.1.0.0/16");

            // 198.51.100.1 is no proxy of ours: whatever it says (10.1.2.3, 192.0.2.1) may be made up.
            assertThat(clientOf(PROXY, "192.0.2.1, 10.1.2.3, 198.51.100.1")).isEqualTo("198.51.100.1");
        }

        @Test
        void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
            proxies.trust("10.0.0.0/8");

            assertThat(clientOf(PROXY, "10.9.9.9, 10.1.2.3")).isEqualTo("10.9.9.9");
        }
    }

    @Nested
    class Ipv6 {

        @Test
        void proxiesAndClientsMayBeIpv6() {
            proxies.trust("2001:db8:1::/48, 10.0.0.5");

            assertThat(clientOf("2001:db8:1::17", "2001:db8:ffff::42")).isEqualTo("2001:db8:ffff:0:0:0:0:42");
            assertThat(clientOf(PROXY, "2001:db8:ffff::42, 2001:db8:1:2::3")).isEqualTo("2001:db8:ffff:0:0:0:0:42");
            assertThat(clientOf("2001:db8:2::17", CLIENT)).as("outside the /48").isEqualTo("2001:db8:2::17");
        }

        @Test
        void anIpv4MappedAddressIsTheIpv4Address() {
            proxies.trust(PROXY);

            assertThat(clientOf(PROXY, "::ffff:203.0.113.7")).isEqualTo(CLIENT);
            assertThat(clientOf(PROXY, CLIENT + ", ::ffff:10.0.0.5")).isEqualTo(CLIENT);
        }

        @Test
        void anIpv4RangeHoldsNoIpv6Address() {
            proxies.trust("0.0.0.0/1");

            assertThat(clientOf("::1", CLIENT)).isEqualTo("::1");
        }
    }

    @Nested
    class CidrEdges {

        @Test
        void aRangeHoldsItsFirstAndLastAddressAndNoneAround() {
            proxies.trust("192.0.2.64/26");

            assertThat(clientOf("192.0.2.64", CLIENT)).isEqualTo(CLIENT);
            assertThat(clientOf("192.0.2.127", CLIENT)).isEqualTo(CLIENT);
            assertThat(clientOf("192.0.2.63", CLIENT)).isEqualTo("192.0.2.63");
            assertThat(clientOf("192.0.2.128", CLIENT)).isEqualTo("192.0.2.128");
        }

        @Test
        void aPrefixThatIsNoWholeNumberOfBytesComparesItsBits() {
            proxies.trust("10.0.0.0/13");

            assertThat(clientOf("10.7.255.255", CLIENT)).isEqualTo(CLIENT);
            assertThat(clientOf("10.8.0.0", CLIENT)).isEqualTo("10.8.0.0");
        }

        @Test
        void anIpv6PrefixWithinAByte() {
            proxies.trust("2001:db8::/31");

            assertThat(clientOf("2001:db9:ffff::1", CLIENT)).isEqualTo(CLIENT);
            assertThat(clientOf("2001:dba::1", CLIENT)).isEqualTo("2001:dba::1");
        }

        @Test
        void aWholeLengthPrefixIsOneAddress() {
            proxies.trust("10.0.0.5/32, 2001:db8::1/128");

            assertThat(clientOf(PROXY, CLIENT)).isEqualTo(CLIENT);
            assertThat(clientOf("10.0.0.4", CLIENT)).isEqualTo("10.0.0.4");
            assertThat(clientOf("2001:db8::1", CLIENT)).isEqualTo(CLIENT);
            assertThat(clientOf("2001:db8::2", CLIENT)).isEqualTo("2001:db8::2");
        }

        @Test
        void hostBitsOfARangeAreIgnored() {
            proxies.trust("10.0.0.77/24");

            assertThat(clientOf("10.0.0.200", CLIENT)).isEqualTo(CLIENT);
        }
    }

    @Nested
    class MalformedEntriesInTheHeader {

        @ParameterizedTest
        @ValueSource(strings = {"unknown", "203.0.113.7:4711", "[2001:db8::1]", "_hidden", "", "203.0.113", "2001:db8::g"})
        void endTheWalkAndTheHopThatHandedThemOnIsTheClient(String entry) {
            proxies.trust("10.0.0.0/8");

            assertThat(clientOf(PROXY, entry)).isEqualTo(PROXY);
            assertThat(clientOf(PROXY, "198.51.100.1, " + entry + ", 10.1.2.3")).isEqualTo("10.1.2.3");
        }

        @Test
        void anEntryLeftOfTheClientIsNeverRead() {
            proxies.trust(PROXY);

            assertThat(clientOf(PROXY, "unknown, " + CLIENT)).isEqualTo(CLIENT);
        }

        @Test
        void aNameIsNotLookedUp() {
            proxies.trust("10.0.0.5, 127.0.0.0/8");

            // Looked up, "localhost" would be 127.0.0.1, a trusted proxy, and the walk would go on to the left.
            assertThat(clientOf(PROXY, CLIENT + ", localhost")).isEqualTo(PROXY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"167772165", "10.5", "010.0.0.5", "0x0a.0.0.5"})
        void otherFormsOfIpv4ThanFourDecimalOctetsAreRefused(String entry) {
            proxies.trust("10.0.0.0/8");

            // Read as an address (10.0.0.5 in each case), the walk would pass over it to the left.
            assertThat(clientOf(PROXY, CLIENT + ", " + entry)).isEqualTo(PROXY);
        }
    }

    @Nested
    class TheSetting {

        @Test
        void takesAddressesAndRangesSeparatedByCommasWithBlanksPassedOver() {
            proxies.trust(" 10.0.0.5 ,, 192.0.2.0/24, ");

            assertThat(clientOf(PROXY, CLIENT)).isEqualTo(CLIENT);
            assertThat(clientOf("192.0.2.9", CLIENT)).isEqualTo(CLIENT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"proxy.example", "localhost", "beef", "10.0.0.5/33", "2001:db8::/129", "10.0.0.0/", "10.0.0.0/-1",
            "10.0.0.0/8/8", "10.0.0.300", "[::1]", "10.0.0.5:8080", "10.5"})
        void refusesAMalformedEntryNamingIt(String entry) {
            assertThatThrownBy(() -> proxies.trust("10.0.0.5, " + entry))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(TrustedProxies.SETTING)
                    .hasMessageContaining("\"" + entry + "\"");
        }

        @Test
        void aRefusedListChangesNothingTrusted() {
            proxies.trust(PROXY);

            assertThatThrownBy(() -> proxies.trust("192.0.2.0/24, proxy.example")).isInstanceOf(IllegalArgumentException.class);

            assertThat(clientOf(PROXY, CLIENT)).as("the earlier list stays").isEqualTo(CLIENT);
            assertThat(clientOf("192.0.2.9", CLIENT)).isEqualTo("192.0.2.9");
        }
    }
}
