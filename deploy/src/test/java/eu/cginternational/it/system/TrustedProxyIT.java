package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Behind a reverse proxy the platform trusts ({@code cg.http.trusted-proxies}: the test domain trusts 127.0.0.9), a
 * request comes from the client the proxy names in {@code X-Forwarded-For}: each client (an IPv4 address, an IPv6 /64)
 * has its own budget of failed sign-ins, through HTTP Basic and the login form, and its own address in the audit log.
 * A connection from any other address is from that address, whatever header it writes.
 */
class TrustedProxyIT {

    private static final OwnAddress PROXY = OwnAddress.of("127.0.0.9");

    @Test
    void eachClientBehindTheProxyHasABudgetOfItsOwn() {
        String guesser = someAddressIn("203.0.113.");
        String other = someAddressIn("198.51.100.");
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        String viewState = Pages.viewState(Pages.get("/login.xhtml", null).body());

        OwnAddress.Answer refused = PROXY.forwardingFor(guesser).failUntilRefused();
        OwnAddress.Answer guessersBasic = PROXY.forwardingFor(guesser).me(username, password);
        OwnAddress.Answer guessersForm = PROXY.forwardingFor(guesser).signInWithForm(username, password, viewState);
        OwnAddress.Answer othersBasic = PROXY.forwardingFor(other).me(username, password);
        OwnAddress.Answer othersForm = PROXY.forwardingFor(other).signInWithForm(username, password, viewState);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(guessersBasic.status()).as("the guesser waits").isEqualTo(429);
        assertThat(guessersForm.saysToWait()).as("also on the login form: " + guessersForm.body()).isTrue();
        assertThat(othersBasic.status()).as("another client of the proxy signs in").isEqualTo(200);
        assertThat(othersForm.saysToWait()).as("also on the login form: " + othersForm.body()).isFalse();
        assertThat(othersForm.head()).as("signed in").contains("JSESSIONID");
    }

    @Test
    void theAddressesOfAnIpv6SlashSixtyFourAreOneClientWithOneBudget() {
        // A random /64 of the documentation prefix, and the one after it.
        int site = ThreadLocalRandom.current().nextInt(0x10000);
        int line = ThreadLocalRandom.current().nextInt(0xffff);
        String home = "2001:db8:%x:%x:".formatted(site, line);
        String nextHome = "2001:db8:%x:%x:".formatted(site, line + 1);

        // The guesser sends each guess from another of its addresses.
        OwnAddress.Answer refused = OwnAddress.failUntilRefused(
                attempt -> PROXY.forwardingFor(home + ":" + (attempt + 1)));
        OwnAddress.Answer fromAnotherOfItsAddresses = PROXY.forwardingFor(home + "ffff:ffff:ffff:fffe")
                .me("nobody.basic", "guess");
        OwnAddress.Answer fromTheNextSlashSixtyFour = PROXY.forwardingFor(nextHome + ":1").me("nobody.basic", "guess");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(fromAnotherOfItsAddresses.status()).as("the /64 waits").isEqualTo(429);
        assertThat(fromTheNextSlashSixtyFour.status()).as("verified, and wrong").isEqualTo(401);
    }

    @Test
    void theAuditLogNamesTheClientTheProxyForwardsFor() {
        String client = someAddressIn("203.0.113.");
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");

        // What the client wrote itself (192.0.2.1), and the address the proxy saw and appended.
        assertThat(PROXY.forwardingFor("192.0.2.1, " + client).me(username, password).status()).isEqualTo(200);

        JsonArray signIns = auditEvents("type=LOGIN_SUCCEEDED&target=" + username);
        assertThat(signIns).hasSize(1);
        assertThat(signIns.getJsonObject(0).getString("clientAddress")).isEqualTo(client);
    }

    @Test
    void aConnectionFromAnUntrustedAddressIsFromThatAddressWhateverItsHeaderSays() {
        OwnAddress untrusted = OwnAddress.any();
        String named = someAddressIn("192.0.2.");
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");

        OwnAddress.Answer refused = untrusted.forwardingFor(named).failUntilRefused();
        OwnAddress.Answer namingAnother = untrusted.forwardingFor(someAddressIn("198.51.100.")).me(username, password);
        OwnAddress.Answer theNamedThroughTheProxy = PROXY.forwardingFor(named).me(username, password);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(namingAnother.status()).as("the budget spent was the connection's").isEqualTo(429);
        assertThat(theNamedThroughTheProxy.status()).as("not the named address's").isEqualTo(200);
        assertThat(failedSignInsFrom(untrusted.address())).as("the audit log names the connection").isPositive();
        assertThat(failedSignInsFrom(named)).isZero();
    }

    /** A random address of a documentation network ({@code 203.0.113.}, ...), so that no earlier run's budget is met. */
    private static String someAddressIn(String network) {
        return network + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static JsonArray auditEvents(String query) {
        return json(asDemo("GET", "/api/audit-events?size=200&" + query, "coordinator", null)).getJsonArray("items");
    }

    /** The failed sign-ins the audit log has from exactly this address (its filter finds the addresses holding it). */
    private static long failedSignInsFrom(String address) {
        return auditEvents("type=LOGIN_FAILED&clientAddress=" + address).stream()
                .filter(event -> event.asJsonObject().getString("clientAddress").equals(address)).count();
    }
}
