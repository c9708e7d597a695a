package eu.cginternational.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A GET, HEAD or OPTIONS request has no body, so its Content-Type says nothing. Some clients send
 * one anyway (load tools send text/html by default); without this filter the resources' JSON
 * {@code @Consumes} would refuse such a read with 415.
 */
@Provider
@PreMatching
public class BodilessRequests implements ContainerRequestFilter {

    private static final Set<String> WITHOUT_BODY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (WITHOUT_BODY.contains(request.getMethod())) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
