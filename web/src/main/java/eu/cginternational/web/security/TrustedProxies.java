package eu.cginternational.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request comes from, also where the platform runs behind reverse proxies (nginx, Apache,
 * a load balancer): the connection then comes from the nearest proxy, and each proxy appends the address it was
 * connected from to the {@code X-Forwarded-For} header. The header is believed only as far as trusted proxies wrote
 * it, as Tomcat's {@code RemoteIpValve} reads it:
 * <ul>
 * <li>a connection from an address that is not a trusted proxy keeps its own address, whatever its header says (anyone
 * can write one);</li>
 * <li>from a trusted proxy, the header is walked from the right, passing over trusted proxies; the first address that
 * is not one is the client's (all of them trusted: the leftmost);</li>
 * <li>an entry that is not a literal IP address (a port, brackets, a name, {@code unknown}) ends the walk, and the
 * trusted hop that handed it on is taken as the client: nothing it vouches for lies beyond it. Such an entry can only
 * come from a trusted proxy set up to write something else, so this errs towards today's behaviour (the proxy's
 * address) rather than believe what nobody vouches for.</li>
 * </ul>
 * Addresses are parsed as literals only, never looked up: a name in the header or the setting is refused rather than
 * resolved through DNS.
 *
 * <p>The trusted proxies are the setting {@value #SETTING}: addresses and CIDR ranges, IPv4 and IPv6, separated by
 * commas; none by default, which trusts no header. The setting is read when the application starts, and one malformed
 * entry fails the deployment with a message naming it: running with part of the list would silently give every client
 * the proxy's address (one person's failed sign-ins would then hold back everyone's), or trust a range nobody meant.
 */
@ApplicationScoped
public class TrustedProxies {

    static final String SETTING = "cg.http.trusted-proxies";

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    /** Four decimal octets, without the JDK's other forms ({@code 10.1}, {@code 167772161}, leading zeros). */
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    /**
     * Hex digits, colons and dots with at least one colon, and a first character the JDK reads as the start of a
     * literal: it parses such a text as IPv6 or refuses it, and never looks it up as a name.
     */
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private static final Pattern RANGE = Pattern.compile("([^/]+)(?:/(\\d{1,3}))?");

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> setting;

    @Inject
    Logger log;

    private volatile List<Range> trusted = List.of();

    /** Reads the setting as the application starts, so that a malformed entry fails the deployment, not a request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        trust(setting.orElse(""));
        if (!trusted.isEmpty()) {
            log.info(() -> "X-Forwarded-For is believed from the proxies " + trusted);
        }
    }

    /**
     * Trusts the proxies of a comma-separated list of addresses and CIDR ranges (blank entries are passed over).
     *
     * @throws IllegalArgumentException naming the first malformed entry; nothing of the list is trusted then
     */
    void trust(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        trusted = List.copyOf(ranges);
    }

    /** The address of the client the request comes from. */
    public String clientAddressOf(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /**
     * The address of the client of a connection from {@code connection} with these {@code X-Forwarded-For} headers (in
     * the order received; several are read as one list).
     */
    String clientAddress(String connection, List<String> forwardedFor) {
        if (literal(connection).filter(this::isTrusted).isEmpty()) {
            return connection;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(",", -1)))
                .map(String::strip).toList();
        String client = connection;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(hop.get())) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** The address a text spells as an IPv4 or IPv6 literal (without brackets, port or zone); empty for anything else. */
    static Optional<InetAddress> literal(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A trusted address, or a range of them: the addresses whose first {@code bits} bits are the network's. */
    private record Range(String text, byte[] network, int bits) {

        static Range parse(String entry) {
            Matcher parts = RANGE.matcher(entry);
            Optional<InetAddress> network = parts.matches() ? literal(parts.group(1)) : Optional.empty();
            if (network.isEmpty()) {
                throw malformed(entry);
            }
            byte[] bytes = network.get().getAddress();
            int bits = parts.group(2) == null ? bytes.length * 8 : Integer.parseInt(parts.group(2));
            if (bits > bytes.length * 8) {
                throw malformed(entry);
            }
            return new Range(entry, bytes, bits);
        }

        private static IllegalArgumentException malformed(String entry) {
            return new IllegalArgumentException(SETTING + ": \"" + entry + "\" is neither an IP address nor a CIDR range"
                    + " (such as 10.0.0.5, 10.0.0.0/24 or 2001:db8::/32); the platform does not start until it is corrected");
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(bytes, 0, whole, network, 0, whole)) {
                return false;
            }
            int mask = (0xFF00 >> bits % 8) & 0xFF;
            return mask == 0 || (bytes[whole] & mask) == (network[whole] & mask);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
