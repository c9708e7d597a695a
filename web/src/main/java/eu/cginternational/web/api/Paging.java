package eu.cginternational.web.api;

import eu.cginternational.service.query.PageRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code page} (from 0), {@code size}, {@code sort} ({@code field} or {@code -field} for
 * descending) and any of a list's filter names from the query string.
 */
final class Paging {

    private static final int DEFAULT_SIZE = 20;

    private Paging() {
    }

    static PageRequest of(UriInfo uri, Set<String> filterNames) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int page = number(query.getFirst("page"), 0);
        int size = number(query.getFirst("size"), DEFAULT_SIZE);
        if (page < 0 || size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new InvalidRequest("api.request.page_out_of_range", PageRequest.MAX_LIMIT);
        }
        String sort = query.getFirst("sort");
        boolean descending = sort != null && sort.startsWith("-");
        Map<String, String> filters = new HashMap<>();
        filterNames.forEach(name -> {
            String value = query.getFirst(name);
            if (value != null) {
                filters.put(name, value);
            }
        });
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidRequest("api.request.page_too_large");
        }
        return new PageRequest(page * size, size, descending ? sort.substring(1) : sort, !descending, filters);
    }

    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequest("api.request.not_a_number", value);
        }
    }
}
