package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.account.CallerAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts of the mobilities the caller may see, for the dashboard: by status, destination country,
 * type and month of start. Each count is one grouped query in the database, within the caller's
 * scope.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
        Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
public class MobilityStatistics {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    public Map<MobilityStatus, Long> byStatus() {
        return into(new EnumMap<>(MobilityStatus.class), grouped(root -> root.get("status")));
    }

    public Map<MobilityType, Long> byType() {
        return into(new EnumMap<>(MobilityType.class), grouped(root -> root.get("type")));
    }

    /** Counts by the host's country code. */
    public SortedMap<String, Long> byDestination() {
        return into(new TreeMap<>(), grouped(root -> root.get("host").get("countryCode")));
    }

    /** Counts by month of the first day; grouped by day in the database, which stays portable and small. */
    public SortedMap<YearMonth, Long> byStartMonth() {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        grouped(root -> root.get("startDate")).forEach((day, count) ->
                months.merge(YearMonth.from((LocalDate) day), count, Long::sum));
        return months;
    }

    private Map<Object, Long> grouped(Function<Root<Mobility>, Expression<?>> by) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Mobility> root = query.from(Mobility.class);
        Expression<?> group = by.apply(root);
        query.multiselect(group, cb.count(root))
                .where(MobilityAccess.scopeOf(callers.getCurrent()).apply(cb, root))
                .groupBy(group);
        Map<Object, Long> counts = new java.util.HashMap<>();
        em.createQuery(query).getResultList().forEach(row -> counts.put(row.get(0), row.get(1, Long.class)));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static <K, M extends Map<K, Long>> M into(M target, Map<Object, Long> counts) {
        counts.forEach((key, count) -> target.put((K) key, count));
        return target;
    }
}
