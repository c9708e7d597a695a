package eu.cginternational.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A request signed in with HTTP Basic leaves no HTTP session behind. Such a client (a script, curl, a monitoring probe)
 * sends its credentials every time and no cookie back, but a page it opens makes a session (Faces' views, session-scoped
 * beans): each request would leave one more, held for the 30 idle minutes, and a script polling a page, or a burst of
 * requests, would fill the heap. So a session made while serving the request ends when the request does. It ends on the
 * server even when the response has been sent meanwhile and its cookie with it: that cookie then names no session.
 *
 * <p>A session the request came with stays: it is a browser's, signed in through the login form, that sends Basic
 * credentials as well. A page opened with Basic alone can be read, not posted back, as its view state went with the
 * session; scripts change things through the API.
 *
 * <p>The error page of such a request is rendered after its filters have returned, hence the {@code ERROR} dispatch too.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class BasicSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PlatformAuthenticationMechanism.isBasicCaller(request) || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession made = request.getSession(false);
            if (made != null) {
                made.invalidate();
            }
        }
    }
}
