package eu.cginternational.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/**
 * The page of the platform a form was sent from, by the request's {@code Referer}: its path from the context root and
 * its query. A Faces form posts to the bare address of its view, without the page's parameters (a training's id), so
 * that the address posted to, opened again, is often no page at all. Only a path on this host counts, never another
 * site's address.
 */
public final class FormPage {

    private FormPage() {
    }

    public static Optional<String> of(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String host = request.getHeader("Host");
        if (referer == null || host == null) {
            return Optional.empty();
        }
        try {
            URI page = URI.create(referer);
            String path = page.getRawPath();
            String root = request.getContextPath();
            if (!host.equalsIgnoreCase(page.getRawAuthority()) || path == null || !path.startsWith(root + "/")
                    || path.startsWith(root + "//")) {
                return Optional.empty();
            }
            String fromRoot = path.substring(root.length());
            return Optional.of(page.getRawQuery() == null ? fromRoot : fromRoot + "?" + page.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
