package eu.cginternational.domain.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * An address a reader of the platform is sent to: https, to a named host, without a user name or password in it (an
 * address such as {@code https://ministry.gov.al@other.example} shows one site and opens another), and no longer than
 * its column holds.
 */
public final class HttpsLink {

    private HttpsLink() {
    }

    /** The link as given, trimmed, when it is such an address; empty otherwise. */
    public static Optional<String> of(String link, int maxLength) {
        if (link == null) {
            return Optional.empty();
        }
        String trimmed = link.strip();
        if (trimmed.length() > maxLength) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(trimmed);
            boolean https = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
            return https ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
