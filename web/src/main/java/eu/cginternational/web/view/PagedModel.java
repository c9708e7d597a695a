package eu.cginternational.web.view;

import eu.cginternational.service.query.PageRequest;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a service list: the table's page, sort and filters become a
 * {@link PageRequest}; the database does the paging, sorting and filtering.
 *
 * @param <T> the row type, an entity with an id
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page of rows; serializable so that a replicated view keeps its table. */
    @FunctionalInterface
    public interface Rows<T> extends Function<PageRequest, List<T>>, Serializable {
    }

    /** Counts the rows that match the filters. */
    @FunctionalInterface
    public interface Counter extends ToLongFunction<Map<String, String>>, Serializable {
    }

    /** The identity of a row, for selection and row keys. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    private final Rows<T> rows;
    private final Counter counter;
    private final RowKey<T> key;

    public PagedModel(Rows<T> rows, Counter counter, RowKey<T> key) {
        this.rows = rows;
        this.counter = counter;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.applyAsLong(filters(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT)),
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING,
                filters(filterBy));
        return rows.apply(request);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : ((List<T>) getWrappedData()).stream()
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst().orElse(null);
    }

    private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> values = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            Object value = meta.getFilterValue();
            String text = text(value);
            if (!text.isBlank()) {
                values.put(field, text);
            }
        });
        return values;
    }

    /** A filter's value as the service reads it; a period from a range picker as an ISO 8601 interval of days. */
    private static String text(Object value) {
        if (value instanceof Collection<?> period) {
            return period.stream().map(String::valueOf).collect(Collectors.joining("/"));
        }
        return value == null ? "" : value.toString();
    }
}
