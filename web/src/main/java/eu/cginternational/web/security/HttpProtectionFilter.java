package eu.cginternational.web.security;

import eu.cginternational.web.api.ProblemWriter;
import eu.cginternational.web.config.Bundle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Protections every response gets: security headers, and a same-origin check on every request
 * that can change state.
 *
 * <p>The content security policy allows scripts from the platform only. Faces and PrimeFaces render
 * inline scripts and event handlers, hence {@code 'unsafe-inline'}; what keeps script out of pages
 * is output escaping and the plain-text rule on input. No page needs {@code eval}, so text that reaches a
 * script as data cannot run as code (the Chromium tests fail on any script the policy refuses).
 * PrimeFaces' nonce mode would drop {@code 'unsafe-inline'} too, but it expects every form post to carry a
 * nonce that its script adds, so that even the login form would depend on scripts.
 *
 * <p>Cross-site request forgery: Faces postbacks carry a server-side view state token; on top of
 * it, a POST, PUT or DELETE whose {@code Origin} (or, without it, {@code Referer}) names another
 * site is refused before it reaches a page or the API. API clients that send neither header, such
 * as curl with HTTP Basic, are not browsers and are not exposed to CSRF. And a browser sends none of the platform's
 * cookies with a cross-site POST ({@code SameSite=Lax}): the session's by glassfish-web.xml, the others by
 * {@link SameSiteCookies}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpProtectionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            ProblemWriter.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    Bundle.text(ProblemWriter.localeOf(request), "api.cross_site"));
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // Answers about people must not stay in shared caches or the browser's back-forward cache.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new SameSiteCookies(response));
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank()) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank()) {
            return false;
        }
        if ("null".equals(source)) {
            return true;
        }
        try {
            URI uri = URI.create(source);
            String host = request.getHeader("Host");
            return uri.getAuthority() == null || host == null || !uri.getAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * Gives {@code SameSite=Lax} to each cookie added to the response that names no SameSite of its own: the visitor's
     * language, the notice of an expired page, Faces' flash (PrimeFaces' download cookies name theirs). The container
     * adds the session cookie past any wrapper.
     */
    private static final class SameSiteCookies extends HttpServletResponseWrapper {

        private static final String SAME_SITE = "SameSite";

        SameSiteCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (cookie.getAttribute(SAME_SITE) == null) {
                cookie.setAttribute(SAME_SITE, "Lax");
            }
            super.addCookie(cookie);
        }
    }
}
