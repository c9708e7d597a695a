package eu.cginternational.web.api;

import eu.cginternational.service.query.PageRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads {@code page} (from 0), {@code size}, {@code sort} ({@code field} or {@code -field} for
 * descending) and any of a list's filter names from the query string. A filter with a rule of its values refuses a
 * value outside it (400 naming the filter) rather than matching nothing, which would read as "none there".
 */
final class Paging {

    private static final int DEFAULT_SIZE = 20;

    private Paging() {
    }

    static PageRequest of(UriInfo uri, Set<String> filterNames) {
        return of(uri, filterNames, Map.of());
    }

    /**
     * As {@link #of(UriInfo, Set)}, each filter named in {@code rules} taking only the values its rule accepts (once
     * trimmed; a blank value filters nothing, as in {@link eu.cginternational.service.query.Listing}).
     *
     * @throws InvalidQueryParameter naming the first filter whose value its rule refuses
     */
    static PageRequest of(UriInfo uri, Set<String> filterNames, Map<String, Predicate<String>> rules) {
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
                if (!value.isBlank() && !rules.getOrDefault(name, any -> true).test(value.trim())) {
                    throw new InvalidQueryParameter(name);
                }
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
