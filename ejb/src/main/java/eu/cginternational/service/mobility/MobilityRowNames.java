package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.mobility.Mobility;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds to a page of mobilities the names its rows show (participant, sending school, host) from the shared cache,
 * which keeps the accounts and institutions in use: a page whose names are all there reads no other table, where
 * reading the names with the rows made the database join three tables for each row. The rows with a name missing
 * from the cache are read again with their participant and institutions, all in one statement, which also leaves
 * those in the cache for the next page.
 */
final class MobilityRowNames {

    /** The cached instances themselves, to be read only: no copy is made for the transaction. */
    private static final Map<String, Object> AS_CACHED = Map.of("eclipselink.read-only", "true");

    private final EntityManager em;
    private final Cache cache;
    private final Map<Long, MobilityRow.Person> people = new HashMap<>();
    private final Map<Long, MobilityRow.Organisation> organisations = new HashMap<>();

    private MobilityRowNames(EntityManager em) {
        this.em = em;
        this.cache = em.getEntityManagerFactory().getCache();
    }

    /** The rows named, in their order; a row gone meanwhile is left out. */
    static List<MobilityRow> name(EntityManager em, List<MobilityRow.Unnamed> rows) {
        return new MobilityRowNames(em).name(rows);
    }

    private List<MobilityRow> name(List<MobilityRow.Unnamed> rows) {
        Set<Long> uncached = rows.stream().filter(row -> !cached(row)).map(MobilityRow.Unnamed::id).collect(Collectors.toSet());
        Map<Long, Mobility> read = new HashMap<>();
        if (!uncached.isEmpty()) {
            em.createQuery("SELECT m FROM Mobility m JOIN FETCH m.participant JOIN FETCH m.sendingSchool JOIN FETCH m.host"
                    + " WHERE m.id IN :ids", Mobility.class)
                    .setParameter("ids", uncached)
                    .setHint("eclipselink.read-only", "true")
                    .getResultList()
                    .forEach(mobility -> read.put(mobility.getId(), mobility));
        }
        List<MobilityRow> named = new ArrayList<>(rows.size());
        for (MobilityRow.Unnamed row : rows) {
            Mobility mobility = read.get(row.id());
            if (mobility != null) {
                named.add(row.named(person(mobility.getParticipant()), organisation(mobility.getSendingSchool()),
                        organisation(mobility.getHost())));
            } else if (!uncached.contains(row.id())) {
                named.add(row.named(people.get(row.participantId()), organisations.get(row.sendingSchoolId()),
                        organisations.get(row.hostId())));
            }
        }
        return named;
    }

    /** Whether the row's participant and institutions are all in the cache, which keeps their names at hand. */
    private boolean cached(MobilityRow.Unnamed row) {
        return people.computeIfAbsent(row.participantId(), id -> person(find(UserAccount.class, id))) != null
                && organisations.computeIfAbsent(row.sendingSchoolId(), id -> organisation(find(Institution.class, id))) != null
                && organisations.computeIfAbsent(row.hostId(), id -> organisation(find(Institution.class, id))) != null;
    }

    private <E> E find(Class<E> type, Long id) {
        return cache.contains(type, id) ? em.find(type, id, AS_CACHED) : null;
    }

    private static MobilityRow.Person person(UserAccount account) {
        return account == null ? null : new MobilityRow.Person(account.getId(), account.getUsername(), account.getFullName());
    }

    private static MobilityRow.Organisation organisation(Institution institution) {
        return institution == null ? null : new MobilityRow.Organisation(institution.getId(), institution.getName(),
                institution.getCity(), institution.getCountryCode());
    }
}
