package eu.cginternational.service.grant;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.grant.RateRuleException;
import eu.cginternational.domain.grant.RateTable;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The coordinator's rate tables, one per Erasmus+ programme year: reading them, changing the
 * amounts and the source of one (against the version read), and starting a new year from a copy of
 * another. Every change is in the audit log with what it changed.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class RateTables {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    /** Every table, the latest programme year first. */
    public List<RateTable> list() {
        return em.createNamedQuery("RateTable.all", RateTable.class).getResultList();
    }

    public RateTable get(int year) {
        return find(year).orElseThrow(() -> new NotFoundException("rates.not_found", String.valueOf(year)));
    }

    /** Replaces the source and amounts of the year's table, when the draft carries the version last read. */
    public RateTable update(int year, RateTableDraft draft) {
        validator.validate(draft);
        RateTable table = get(year);
        if (!Objects.equals(draft.getVersion(), table.getVersion())) {
            throw new ConcurrentChangeException();
        }
        Map<String, String> before = table.facts();
        ruled(() -> {
            table.revise(draft.getSource(), draft.getTravelDaysStandard(), draft.getTravelDaysGreen(),
                    draft.getInclusionSupport(), draft.bands(), draft.rates());
            return table;
        });
        String changes = RateTable.changes(before, table.facts());
        if (!changes.isEmpty()) {
            // A change of the bands or daily rates alone touches no column of the table itself; the
            // version must move all the same, so that whoever read the old amounts cannot overwrite them.
            em.lock(table, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            flushOrReportConflict(em);
            audit.record(AuditEventType.RATE_TABLE_UPDATED, label(table), changes);
        }
        return table;
    }

    /**
     * Starts the rates of a new programme year as a copy of another year's, source included. A year to copy that has no
     * table is a wrong input of the copy (naming {@code copyOf}), not a table asked for that is missing.
     */
    public RateTable copy(int fromYear, int toYear) {
        RateTable original = find(fromYear)
                .orElseThrow(() -> validator.invalid("copyOf", "rates.copy_of.unknown", String.valueOf(fromYear)));
        if (find(toYear).isPresent()) {
            throw validator.invalid("programmeYear", "rates.year.taken", String.valueOf(toYear));
        }
        RateTable copy = ruled(() -> original.copyFor(toYear));
        em.persist(copy);
        flushOrReportConflict(em);
        audit.record(AuditEventType.RATE_TABLE_CREATED, label(copy), "copy of " + fromYear);
        return copy;
    }

    private Optional<RateTable> find(int year) {
        return em.createNamedQuery("RateTable.byYear", RateTable.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /** Runs a change of a table and turns a broken rule of its own into a refusal of the input. */
    private <T> T ruled(Supplier<T> change) {
        try {
            return change.get();
        } catch (RateRuleException e) {
            // Years and kilometres read as written ("2024", not "2,024"), whatever the language.
            Object[] arguments = java.util.Arrays.stream(e.getArguments()).map(String::valueOf).toArray();
            throw validator.invalid(fieldOf(e.getRule()), "rates.rule." + e.getRule().name(), arguments);
        }
    }

    private static String fieldOf(RateRuleException.Rule rule) {
        return switch (rule) {
            case YEAR_OUT_OF_RANGE -> "programmeYear";
            case SOURCE_REQUIRED, SOURCE_TOO_LONG -> "source";
            case TRAVEL_DAYS_OUT_OF_RANGE -> "travelDays";
            case NO_TRAVEL_BANDS, BAND_END_BEFORE_START, BANDS_NOT_ASCENDING, OPEN_BAND_NOT_LAST -> "travelBands";
            case DUPLICATE_DAILY_RATE -> "dailyRates";
            case NEGATIVE_AMOUNT -> "amount";
        };
    }

    private static String label(RateTable table) {
        return "rate table " + table.getProgrammeYear();
    }
}
