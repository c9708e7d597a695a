package eu.cginternational.web.config;

import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The platform's own cookies: for this host only, on the application's path, out of reach of scripts. OmniFaces'
 * cookie methods name the host as the cookie's domain, which takes in every subdomain of it; without a domain the
 * browser keeps the cookie to the host that set it. SameSite is added to every cookie on its way out
 * (HttpProtectionFilter).
 */
public final class HostCookies {

    private HostCookies() {
    }

    /** Sets the cookie for the seconds given; 0 ends it. */
    public static void set(String name, String value, int maxAgeSeconds) {
        Faces.getExternalContext().addResponseCookie(name, value,
                Map.of("path", Faces.getRequestContextPath() + "/", "maxAge", maxAgeSeconds, "httpOnly", true));
    }
}
