package eu.cginternational.web.view;

import eu.cginternational.service.query.PageRequest;
import jakarta.faces.model.SelectItem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a list page stands, kept in its address the way the REST API reads it: {@code page} (from
 * 0), {@code size}, {@code sort} ({@code field} or {@code -field} for descending) and the list's
 * filters by name. A list page that lives in its address keeps no state on the server, can be
 * bookmarked and shared, and the browser's back button returns to the previous page, sort or filter.
 * Unlike the API, which answers a wrong value with 400, a value the page cannot use falls back to
 * the default: a hand-edited address still shows a list.
 */
public final class ListAddress {

    /** The page sizes a person can choose. */
    public static final List<Integer> SIZES = List.of(10, 20, 50, 100);

    private static final int DEFAULT_SIZE = 20;

    private final Map<String, String> filters;
    private final int page;
    private final int size;
    private final String sort;

    private ListAddress(Map<String, String> filters, int page, int size, String sort) {
        this.filters = filters;
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    /**
     * Reads the address of a request.
     *
     * @param parameters the request's query parameters
     * @param filterNames the filters the list offers, in the order they appear in links
     */
    public static ListAddress of(Map<String, String> parameters, List<String> filterNames) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : filterNames) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.trim());
            }
        }
        int size = number(parameters.get("size"), DEFAULT_SIZE);
        if (!SIZES.contains(size)) {
            size = DEFAULT_SIZE;
        }
        int page = Math.max(0, Math.min(number(parameters.get("page"), 0), Integer.MAX_VALUE / size));
        String sort = parameters.get("sort");
        return new ListAddress(filters, page, size, sort == null || sort.isBlank() || sort.equals("-") ? null : sort.trim());
    }

    /** What the service is asked for; the service ignores a sort field or filter it does not offer. */
    public PageRequest request() {
        boolean descending = sort != null && sort.startsWith("-");
        return new PageRequest(page * size, size, descending ? sort.substring(1) : sort, !descending, filters);
    }

    /** A filter's value as the person gave it, or empty. */
    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    /** The number of pages of a list this long, at least one so that an empty list reads "page 1 of 1". */
    public long pages(long total) {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The page sizes for a select menu. */
    public List<SelectItem> getSizeOptions() {
        return SIZES.stream().map(choice -> new SelectItem(choice, choice.toString())).toList();
    }

    /** The sort as written in the address ({@code field} or {@code -field}), or empty. */
    public String getSort() {
        return sort == null ? "" : sort;
    }

    /** How the heading of the column of the field shows the sort, and where its link leads. */
    public Heading heading(String field) {
        return new Heading(sortOrder(field), sortedBy(field));
    }

    /** How a column's heading shows the sort and where its link leads. */
    public static final class Heading {

        private final String order;
        private final String query;

        Heading(String order, String query) {
            this.order = order;
            this.query = query;
        }

        /** For {@code aria-sort}: ascending, descending or none. */
        public String getOrder() {
            return order;
        }

        /** The query string that sorts by the column (ascending first, then descending). */
        public String getQuery() {
            return query;
        }

        public String getIcon() {
            return switch (order) {
                case "ascending" -> "pi-sort-amount-up-alt";
                case "descending" -> "pi-sort-amount-down";
                default -> "pi-sort-alt";
            };
        }
    }

    /** How the list is sorted by the field, for {@code aria-sort}: ascending, descending or none. */
    public String sortOrder(String field) {
        if (sort == null) {
            return "none";
        }
        if (sort.equals(field)) {
            return "ascending";
        }
        return sort.equals("-" + field) ? "descending" : "none";
    }

    /**
     * The query string that sorts by the field: ascending first, descending when it already is
     * ascending; back to the first page, since the old page number means other rows now.
     */
    public String sortedBy(String field) {
        String next = Objects.equals(sort, field) ? "-" + field : field;
        return query(filters, 0, size, next);
    }

    /** The query string of another page of the same list. */
    public String atPage(int otherPage) {
        return query(filters, Math.max(0, otherPage), size, sort);
    }

    /** The filters and the sort as a query string, for an export of the same list. */
    public String filtersAndSort() {
        return query(filters, 0, DEFAULT_SIZE, sort);
    }

    private static String query(Map<String, String> filters, int page, int size, String sort) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> append(query, name, value));
        if (sort != null) {
            append(query, "sort", sort);
        }
        if (page > 0) {
            append(query, "page", Integer.toString(page));
        }
        if (size != DEFAULT_SIZE) {
            append(query, "size", Integer.toString(size));
        }
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static int number(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
