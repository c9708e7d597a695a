package eu.cginternational.service.query;

import java.io.Serializable;
import java.util.Map;

/**
 * Which slice of a list the caller wants: from {@code offset}, at most {@code limit} rows, sorted
 * by a named field, narrowed by named filters. Names are checked against what each list offers,
 * so a caller cannot sort or filter by an arbitrary column.
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending, Map<String, String> filters)
        implements Serializable {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must lie between 1 and " + MAX_LIMIT);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true, Map.of());
    }

    public PageRequest withFilters(Map<String, String> newFilters) {
        return new PageRequest(offset, limit, sortField, ascending, newFilters);
    }
}
