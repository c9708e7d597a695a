package eu.cginternational.service.query;

import eu.cginternational.service.error.RejectedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The definition of one lazy list: which filters and sort fields it offers and which associations
 * are read along with each page; a caller's scope can be added per call. {@link #page} turns a
 * {@link PageRequest} into a count and a select, both run by the database. Filter values come from
 * users: a value a filter cannot parse matches nothing rather than failing the page.
 *
 * @param <T> the entity listed
 */
public final class Listing<T> {

    /** A named filter: turns the user's text into a condition on the root. */
    @FunctionalInterface
    public interface Filter<T> {
        Predicate apply(CriteriaBuilder cb, Root<T> root, String value);
    }

    /** The rows a caller may see, as a condition on the root. */
    @FunctionalInterface
    public interface Scope<T> {
        Predicate apply(CriteriaBuilder cb, Root<T> root);
    }

    /**
     * The columns a list shows, read in place of whole entities: a busy list needs a few columns of the
     * listed row and of its associations, not every column of each joined table made into managed
     * entities. {@code columns} names each selection with an alias; {@code row} builds a row from them.
     * The listed entity's id comes along under the alias {@code id}.
     */
    public record Projection<T, R>(Function<Root<T>, List<Selection<?>>> columns, Function<Tuple, R> row) {
    }

    private final Class<T> type;
    private final Map<String, Filter<T>> filters = new LinkedHashMap<>();
    private final Map<String, Function<Root<T>, Expression<?>>> sorts = new LinkedHashMap<>();
    private final List<String> batchReads = new ArrayList<>();
    private Consumer<Root<T>> fetches = root -> { };
    private String defaultSort;
    private boolean defaultAscending = true;

    private Listing(Class<T> type) {
        this.type = type;
    }

    public static <T> Listing<T> of(Class<T> type) {
        return new Listing<>(type);
    }

    public Listing<T> filter(String name, Filter<T> filter) {
        filters.put(name, filter);
        return this;
    }

    /**
     * A case-insensitive "contains" filter on a string attribute. LOCATE rather than LIKE: the
     * user's % and _ stay plain characters without an ESCAPE clause, which would make EclipseLink
     * print every parameter of the query inline on Derby (and a boolean as 1, which Derby refuses).
     */
    public Listing<T> textFilter(String name, Function<Root<T>, Expression<String>> attribute) {
        return filter(name, (cb, root, value) ->
                cb.greaterThan(cb.locate(cb.lower(attribute.apply(root)), value.toLowerCase(Locale.ROOT)), 0));
    }

    /**
     * A filter on a date attribute by a period of days written as an ISO 8601 interval,
     * {@code 2028-01-01/2028-01-31} (both days included), or by a single day, from which on.
     */
    public Listing<T> periodFilter(String name, Function<Root<T>, Expression<LocalDate>> attribute) {
        return filter(name, (cb, root, value) -> {
            String[] days = value.split("/", 2);
            Expression<LocalDate> date = attribute.apply(root);
            return days.length == 1
                    ? cb.greaterThanOrEqualTo(date, day(days[0].trim()))
                    : cb.between(date, day(days[0].trim()), day(days[1].trim()));
        });
    }

    /**
     * A day a filter value names, in ISO 8601 ({@code 2028-01-31}), for filters on dates. Java reads years from
     * -999,999,999 to +999,999,999; the databases hold years 1 to 9999 only and fail the statement on any other. So a day
     * outside them is refused here as a day that cannot be read is, and its filter matches nothing.
     *
     * @throws java.time.format.DateTimeParseException for text that is no such day
     * @throws IllegalArgumentException for a day outside the years 1 to 9999
     */
    public static LocalDate day(String isoDate) {
        LocalDate day = LocalDate.parse(isoDate);
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new IllegalArgumentException("A day outside the years 1 to 9999: " + isoDate);
        }
        return day;
    }

    public Listing<T> sort(String name, Function<Root<T>, Expression<?>> attribute) {
        sorts.put(name, attribute);
        return this;
    }

    public Listing<T> defaultSort(String name, boolean ascending) {
        this.defaultSort = name;
        this.defaultAscending = ascending;
        return this;
    }

    /** Fetch joins for to-one associations shown in each row. */
    public Listing<T> fetch(Consumer<Root<T>> fetchJoins) {
        this.fetches = fetchJoins;
        return this;
    }

    /** A collection read for all rows of a page in one extra statement instead of one per row. */
    public Listing<T> batchRead(String attribute) {
        batchReads.add(attribute);
        return this;
    }

    /** How many rows the filtered list has; one statement. */
    public long count(EntityManager em, Map<String, String> filters) {
        return count(em, filters, null);
    }

    /** How many rows the filtered list has within a scope that depends on the caller. */
    public long count(EntityManager em, Map<String, String> filters, Scope<T> callerScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> root = count.from(type);
        count.select(cb.count(root)).where(conditions(cb, root, filters, callerScope));
        return em.createQuery(count).getSingleResult();
    }

    /** The rows of one page; two statements, plus one per batch-read collection. */
    public List<T> items(EntityManager em, PageRequest request) {
        return items(em, request, null);
    }

    /**
     * The rows of one page within a scope that depends on the caller. Two statements (plus one per
     * batch-read collection): the ids of the page, sorted and cut by the database on the listed entity's
     * own columns and indexes, then those rows with their associations. Sorting and cutting the
     * joined rows instead would make the database join and sort every row of the list for each page.
     */
    public List<T> items(EntityManager em, PageRequest request, Scope<T> callerScope) {
        List<Object> ids = ids(em, request, callerScope);
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        root.alias("e");
        fetches.accept(root);
        select.select(root).where(root.get("id").in(ids));
        TypedQuery<T> query = em.createQuery(select);
        if (!batchReads.isEmpty()) {
            query.setHint("eclipselink.batch.type", "IN");
            batchReads.forEach(attribute -> query.setHint("eclipselink.batch", "e." + attribute));
        }
        Map<Object, T> byId = new HashMap<>();
        for (T row : query.getResultList()) {
            byId.put(em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row), row);
        }
        return inPageOrder(ids, byId);
    }

    /**
     * The rows of one page within a caller's scope as a projection: the same two statements as
     * {@link #items}, the second reading only the projection's columns.
     */
    public <R> List<R> rows(EntityManager em, PageRequest request, Scope<T> callerScope, Projection<T, R> projection) {
        return rows(em, ids(em, request, callerScope), projection);
    }

    /**
     * The rows with these ids as a projection, in the order of the ids; one statement, none for no ids. A row
     * gone meanwhile is left out.
     */
    public <R> List<R> rows(EntityManager em, List<?> ids, Projection<T, R> projection) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> select = cb.createTupleQuery();
        Root<T> root = select.from(type);
        List<Selection<?>> columns = new ArrayList<>();
        columns.add(root.get("id").alias("id"));
        columns.addAll(projection.columns().apply(root));
        select.multiselect(columns).where(root.get("id").in(ids));
        Map<Object, R> byId = new HashMap<>();
        for (Tuple tuple : em.createQuery(select).getResultList()) {
            byId.put(tuple.get("id"), projection.row().apply(tuple));
        }
        return inPageOrder(ids, byId);
    }

    /** A page of a projection and the size of the whole filtered list within a caller's scope; no rows read when it is 0. */
    public <R> Page<R> page(EntityManager em, PageRequest request, Scope<T> callerScope, Projection<T, R> projection) {
        long total = count(em, request.filters(), callerScope);
        return new Page<>(total == 0 ? List.of() : rows(em, request, callerScope, projection), total);
    }

    /**
     * Every row of the filtered and sorted list within a caller's scope, for an export, read a page at a time; called
     * in one transaction, the file is one consistent picture. A list longer than {@code maxRows} is refused rather
     * than cut off: a file that silently misses rows would be taken for the whole list.
     */
    public List<T> all(EntityManager em, PageRequest sortAndFilters, Scope<T> callerScope, int maxRows) {
        return all(em, sortAndFilters, callerScope, maxRows, request -> items(em, request, callerScope));
    }

    /** Every row of the list as a projection, as {@link #all(EntityManager, PageRequest, Scope, int)} reads them. */
    public <R> List<R> all(EntityManager em, PageRequest sortAndFilters, Scope<T> callerScope, Projection<T, R> projection,
            int maxRows) {
        return all(em, sortAndFilters, callerScope, maxRows, request -> rows(em, request, callerScope, projection));
    }

    private <R> List<R> all(EntityManager em, PageRequest sortAndFilters, Scope<T> callerScope, int maxRows,
            Function<PageRequest, List<R>> pages) {
        if (count(em, sortAndFilters.filters(), callerScope) > maxRows) {
            throw new RejectedException("list.export_too_long", maxRows);
        }
        List<R> rows = new ArrayList<>();
        List<R> page;
        do {
            page = pages.apply(new PageRequest(rows.size(), PageRequest.MAX_LIMIT, sortAndFilters.sortField(),
                    sortAndFilters.ascending(), sortAndFilters.filters()));
            rows.addAll(page);
        } while (page.size() == PageRequest.MAX_LIMIT);
        return rows;
    }

    private static <R> List<R> inPageOrder(List<?> ids, Map<Object, R> byId) {
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The ids of one page within a caller's scope, sorted and cut by the database on the listed entity's own columns
     * and indexes; one statement.
     */
    public List<Object> ids(EntityManager em, PageRequest request, Scope<T> callerScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> select = cb.createQuery(Object.class);
        Root<T> root = select.from(type);
        select.select(root.get("id")).where(conditions(cb, root, request.filters(), callerScope));
        String sortName = sorts.containsKey(request.sortField()) ? request.sortField() : defaultSort;
        boolean ascending = sorts.containsKey(request.sortField()) ? request.ascending() : defaultAscending;
        if (sortName != null) {
            Expression<?> sortBy = sorts.get(sortName).apply(root);
            // The id breaks ties, so that paging through equal values neither skips nor repeats rows.
            select.orderBy(ascending ? cb.asc(sortBy) : cb.desc(sortBy),
                    ascending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        } else {
            select.orderBy(cb.asc(root.get("id")));
        }
        return em.createQuery(select)
                .setFirstResult(request.offset())
                .setMaxResults(request.limit())
                .getResultList();
    }

    /** A page and the size of the whole filtered list, for the REST API. */
    public Page<T> page(EntityManager em, PageRequest request) {
        return page(em, request, null);
    }

    /** A page and the size of the whole filtered list within a scope that depends on the caller. */
    public Page<T> page(EntityManager em, PageRequest request, Scope<T> callerScope) {
        return page(em, request, callerScope, count(em, request.filters(), callerScope));
    }

    /** A page of a list whose total is known already, remembered by {@link ListTotals} for example; none read when it is 0. */
    public Page<T> page(EntityManager em, PageRequest request, Scope<T> callerScope, long total) {
        return new Page<>(total == 0 ? List.of() : items(em, request, callerScope), total);
    }

    private Predicate[] conditions(CriteriaBuilder cb, Root<T> root, Map<String, String> values, Scope<T> callerScope) {
        List<Predicate> predicates = new ArrayList<>();
        if (callerScope != null) {
            predicates.add(callerScope.apply(cb, root));
        }
        values.forEach((name, value) -> {
            Filter<T> filter = filters.get(name);
            if (filter != null && value != null && !value.isBlank()) {
                predicates.add(applied(filter, cb, root, value.trim()));
            }
        });
        return predicates.toArray(Predicate[]::new);
    }

    private static <T> Predicate applied(Filter<T> filter, CriteriaBuilder cb, Root<T> root, String value) {
        try {
            return filter.apply(cb, root, value);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            return cb.disjunction();
        }
    }
}
