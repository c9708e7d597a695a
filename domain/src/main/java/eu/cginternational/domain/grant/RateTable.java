package eu.cginternational.domain.grant;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.grant.RateRuleException.Rule;
import eu.cginternational.domain.institution.CountryGroup;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grant rates of one Erasmus+ programme year, with the source they were taken from: travel
 * support by distance band (standard and green), the funded travel days for each way of travelling,
 * the individual support per day by kind of participant and destination country group, and the
 * inclusion support per participant with fewer opportunities. A rate that is not in the table is
 * unknown for that year, not zero. The table guards its own consistency: no negative amount, bands
 * in ascending order without overlap, at most one daily rate per kind and group.
 */
@Entity
@Table(name = "rate_table")
@NamedQuery(name = "RateTable.all", query = "SELECT r FROM RateTable r ORDER BY r.programmeYear DESC")
@NamedQuery(name = "RateTable.byYear", query = "SELECT r FROM RateTable r WHERE r.programmeYear = :year")
@NamedQuery(name = "RateTable.upToYear",
        query = "SELECT r FROM RateTable r WHERE r.programmeYear <= :year ORDER BY r.programmeYear DESC")
public class RateTable extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MIN_YEAR = 2014;
    public static final int MAX_YEAR = 2100;
    public static final int SOURCE_MAXLENGTH = 2000;
    public static final int MAX_TRAVEL_DAYS = 14;

    @Column(name = "programme_year", nullable = false, unique = true, updatable = false)
    private int programmeYear;

    @Column(name = "source", length = SOURCE_MAXLENGTH, nullable = false)
    private String source;

    @Column(name = "travel_days_standard", nullable = false)
    private int travelDaysStandard;

    @Column(name = "travel_days_green", nullable = false)
    private int travelDaysGreen;

    @Column(name = "inclusion_support", precision = 10, scale = 2)
    private BigDecimal inclusionSupport;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rate_travel_band", joinColumns = @JoinColumn(name = "rate_table_id"))
    @OrderBy("minKm ASC")
    private List<TravelBand> travelBands = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rate_daily_support", joinColumns = @JoinColumn(name = "rate_table_id"))
    private List<DailyRate> dailyRates = new ArrayList<>();

    protected RateTable() {
        // for JPA
    }

    /** A table for the programme year with its source and amounts, under the rules of {@link #revise}. */
    public RateTable(int programmeYear, String source, int travelDaysStandard, int travelDaysGreen,
            BigDecimal inclusionSupport, List<TravelBand> travelBands, List<DailyRate> dailyRates) {
        if (programmeYear < MIN_YEAR || programmeYear > MAX_YEAR) {
            throw new RateRuleException(Rule.YEAR_OUT_OF_RANGE, programmeYear, MIN_YEAR, MAX_YEAR);
        }
        this.programmeYear = programmeYear;
        revise(source, travelDaysStandard, travelDaysGreen, inclusionSupport, travelBands, dailyRates);
    }

    /**
     * Replaces the source and every amount at once, after checking them all; nothing changes when a
     * rule is broken. At least one band is required, as a table without one estimates no grant; bands
     * must be given from the shortest distance up, without overlap, with an open end only for the last one.
     */
    public final void revise(String newSource, int newTravelDaysStandard, int newTravelDaysGreen,
            BigDecimal newInclusionSupport, List<TravelBand> newBands, List<DailyRate> newDailyRates) {
        String cited = newSource == null ? "" : newSource.trim();
        if (cited.isEmpty()) {
            throw new RateRuleException(Rule.SOURCE_REQUIRED);
        }
        if (cited.length() > SOURCE_MAXLENGTH) {
            throw new RateRuleException(Rule.SOURCE_TOO_LONG, SOURCE_MAXLENGTH);
        }
        requireTravelDays(newTravelDaysStandard);
        requireTravelDays(newTravelDaysGreen);
        BigDecimal inclusion = newInclusionSupport == null ? null : Money.nonNegative(newInclusionSupport, "inclusion");
        requireAscending(newBands);
        requireOnePerKindAndGroup(newDailyRates);
        this.source = cited;
        this.travelDaysStandard = newTravelDaysStandard;
        this.travelDaysGreen = newTravelDaysGreen;
        this.inclusionSupport = inclusion;
        replace(travelBands, newBands);
        replace(dailyRates, newDailyRates);
    }

    /** A new table for another programme year with the same source and amounts, to be edited from there. */
    public RateTable copyFor(int otherYear) {
        return new RateTable(otherYear, source, travelDaysStandard, travelDaysGreen, inclusionSupport, travelBands, dailyRates);
    }

    /**
     * The table that applies to a mobility starting in the given year: the table of that year, else
     * the latest earlier one; none when every table is of a later year.
     */
    public static Optional<RateTable> applicableIn(int year, Collection<RateTable> tables) {
        return tables.stream()
                .filter(table -> table.programmeYear <= year)
                .max(Comparator.comparingInt(RateTable::getProgrammeYear));
    }

    /** The band a one-way distance in whole kilometres falls into, if any. */
    public Optional<TravelBand> bandFor(int km) {
        return travelBands.stream().filter(band -> band.covers(km)).findFirst();
    }

    /** The individual support per day for the kind of participant in the country group, if the table has it. */
    public Optional<BigDecimal> dailyRate(ParticipantKind kind, CountryGroup group) {
        return dailyRates.stream().filter(rate -> rate.isFor(kind, group)).map(DailyRate::getAmount).findFirst();
    }

    /** The most travel days funded as individual support, for the way of travelling. */
    public int travelDays(boolean green) {
        return green ? travelDaysGreen : travelDaysStandard;
    }

    public Optional<BigDecimal> findInclusionSupport() {
        return Optional.ofNullable(inclusionSupport);
    }

    /** Every amount of the table by a stable name, to tell in the audit log what a change changed. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("source", source);
        facts.put("travel days standard", Integer.toString(travelDaysStandard));
        facts.put("travel days green", Integer.toString(travelDaysGreen));
        facts.put("inclusion", inclusionSupport == null ? "-" : inclusionSupport.toPlainString());
        travelBands.forEach(band -> facts.put("travel " + band.getLabel(),
                band.getStandardAmount().toPlainString() + "/" + band.getGreenAmount().toPlainString()));
        dailyRates.forEach(rate -> facts.put(rate.getKind() + " " + rate.getGroup(), rate.getAmount().toPlainString()));
        return facts;
    }

    /** What differs between two sets of {@link #facts()}: "name: old -> new" for each, "-" for none. */
    public static String changes(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream()
                .filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .map(name -> name + ": " + Objects.requireNonNullElse(before.get(name), "-") + " -> "
                        + Objects.requireNonNullElse(after.get(name), "-"))
                .collect(Collectors.joining("; "));
    }

    public int getProgrammeYear() {
        return programmeYear;
    }

    public String getSource() {
        return source;
    }

    public int getTravelDaysStandard() {
        return travelDaysStandard;
    }

    public int getTravelDaysGreen() {
        return travelDaysGreen;
    }

    public BigDecimal getInclusionSupport() {
        return inclusionSupport;
    }

    public List<TravelBand> getTravelBands() {
        return Collections.unmodifiableList(travelBands);
    }

    public List<DailyRate> getDailyRates() {
        return Collections.unmodifiableList(dailyRates);
    }

    private static void requireTravelDays(int days) {
        if (days < 0 || days > MAX_TRAVEL_DAYS) {
            throw new RateRuleException(Rule.TRAVEL_DAYS_OUT_OF_RANGE, days, MAX_TRAVEL_DAYS);
        }
    }

    private static void requireAscending(List<TravelBand> bands) {
        if (bands.isEmpty()) {
            throw new RateRuleException(Rule.NO_TRAVEL_BANDS);
        }
        for (int i = 1; i < bands.size(); i++) {
            TravelBand previous = bands.get(i - 1);
            TravelBand band = bands.get(i);
            if (previous.isOpenEnded()) {
                throw new RateRuleException(Rule.OPEN_BAND_NOT_LAST, previous.getLabel());
            }
            if (band.getMinKm() <= previous.getMaxKm()) {
                throw new RateRuleException(Rule.BANDS_NOT_ASCENDING, previous.getLabel(), band.getLabel());
            }
        }
    }

    private static void requireOnePerKindAndGroup(List<DailyRate> rates) {
        Map<ParticipantKind, Set<CountryGroup>> seen = new java.util.EnumMap<>(ParticipantKind.class);
        for (DailyRate rate : rates) {
            if (!seen.computeIfAbsent(rate.getKind(), kind -> EnumSet.noneOf(CountryGroup.class)).add(rate.getGroup())) {
                throw new RateRuleException(Rule.DUPLICATE_DAILY_RATE, rate.getKind(), rate.getGroup());
            }
        }
    }

    private static <T> void replace(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            List<T> copy = List.copyOf(wanted);
            current.clear();
            current.addAll(copy);
        }
    }
}
