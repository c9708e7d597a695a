package eu.cginternational.domain.training;

import eu.cginternational.domain.training.ModuleRuleException.Rule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A link to a lesson's video: an https address on a known video platform. The platform shows the
 * video on its own site, so the platform's pages need no exception in our content security policy
 * and nothing of theirs loads until the reader follows the link.
 */
public final class VideoLink {

    public static final int MAXLENGTH = 500;

    /** The hosts a lesson may link a video on, with the platform's name shown to the reader. */
    private static final Map<String, String> PLATFORMS = Map.of(
            "www.youtube.com", "YouTube", "youtube.com", "YouTube", "m.youtube.com", "YouTube", "youtu.be", "YouTube",
            "www.youtube-nocookie.com", "YouTube", "vimeo.com", "Vimeo", "www.vimeo.com", "Vimeo",
            "player.vimeo.com", "Vimeo", "www.dailymotion.com", "Dailymotion", "peertube.tv", "PeerTube");

    private VideoLink() {
    }

    /** The link, trimmed, when it is an https address of an allowed platform; null when blank. */
    public static String checked(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.trim();
        if (trimmed.length() > MAXLENGTH || platform(trimmed).isEmpty()) {
            throw new ModuleRuleException(Rule.VIDEO_LINK_NOT_ALLOWED, String.join(", ", PLATFORMS.values().stream()
                    .distinct().sorted().toList()));
        }
        return trimmed;
    }

    /** The platform's name when the link is an https address without credentials on an allowed host. */
    public static Optional<String> platform(String link) {
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
                    || (uri.getPort() != -1 && uri.getPort() != 443)) {
                return Optional.empty();
            }
            return Optional.ofNullable(PLATFORMS.get(uri.getHost().toLowerCase(Locale.ROOT)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
