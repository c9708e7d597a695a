package eu.cginternational.web.security;

import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A page refused by a service (or a service refusing the caller's role) answers 403, and a record that does not exist
 * (or not for this person) 404, with the error page web.xml names for each status. The refusal is answered here, as the
 * status it is, rather than left to the container: the container answered every exception with 500, which told
 * browsers, crawlers and the server's own error counts that the platform had failed when it had said no, and logged
 * each with its stack trace. A refusal comes wrapped (Faces, EJB), so its causes are looked through.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class RefusalStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Optional<Integer> status = statusOf(e);
            if (status.isEmpty() || response.isCommitted()) {
                throw e;
            }
            // sendError clears what the page had written and keeps the headers (the security headers among them).
            response.sendError(status.get());
        }
    }

    private static Optional<Integer> statusOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                return Optional.of(HttpServletResponse.SC_FORBIDDEN);
            }
            if (cause instanceof NotFoundException) {
                return Optional.of(HttpServletResponse.SC_NOT_FOUND);
            }
        }
        return Optional.empty();
    }
}
