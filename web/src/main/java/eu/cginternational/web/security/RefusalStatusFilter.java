package eu.cginternational.web.security;

import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page refused by a service (or a service refusing the caller's role) answers 403, and a record that does not exist (or not for this person) 404,
 * with the error page web.xml names for each. The container answers every exception with 500, which told
 * browsers, crawlers and the server's own error counts that the platform had failed when it had said no.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusalStatusFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        for (Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); cause != null;
                cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                break;
            }
            if (cause instanceof NotFoundException) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                break;
            }
        }
        chain.doFilter(request, response);
    }
}
