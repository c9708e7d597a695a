package eu.cginternational.domain.grant;

import eu.cginternational.domain.institution.CountryGroup;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The estimated Erasmus+ grant of one participant, part by part, from the rates of one programme
 * year. Travel: the band of the one-way distance, standard or green. Individual support: the daily
 * rate of the destination's country group for learners or staff, times the days of activity plus
 * the funded travel days (the most the rate table allows for the way of travelling). Inclusion
 * support: the table's amount per participant with fewer opportunities, when the mobility asks for
 * it. A part the rates cannot give (no table, no rate, no band, no distance) is marked as such and
 * left out of the total, which then says it is incomplete; nothing is guessed.
 */
public final class GrantEstimate implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a part of the grant came out. */
    public enum Status {
        /** Computed from the rates and counted in the total. */
        COUNTED,
        /** Not asked for (inclusion support of a participant without fewer opportunities). */
        NOT_REQUESTED,
        /** The rates of the programme year have no amount for it. */
        NO_RATE,
        /** A place has no coordinates, so the distance and its band are unknown. */
        DISTANCE_UNKNOWN,
        /** No travel band of the programme year covers the distance. */
        NO_BAND,
        /**
         * Not shown to the reader, and left out of the total: inclusion support would tell a host that the
         * participant has fewer opportunities.
         */
        WITHHELD
    }

    /** One part of the grant: how it came out and, when counted, its amount. */
    public static final class Part implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Status status;
        private final BigDecimal amount;

        private Part(Status status, BigDecimal amount) {
            this.status = status;
            this.amount = amount;
        }

        static Part counted(BigDecimal amount) {
            return new Part(Status.COUNTED, Money.euro(amount));
        }

        static Part missing(Status status) {
            return new Part(status, null);
        }

        public Status getStatus() {
            return status;
        }

        /** The amount in euro; null unless counted. */
        public BigDecimal getAmount() {
            return amount;
        }

        public boolean isCounted() {
            return status == Status.COUNTED;
        }

        /** Whether the part should be in the grant but the rates cannot give it. */
        public boolean isMissing() {
            return status != Status.COUNTED && status != Status.NOT_REQUESTED && status != Status.WITHHELD;
        }
    }

    private final GrantRequest request;
    private final Integer rateYear;
    private final String source;
    private final TravelBand band;
    private final int travelDays;
    private final BigDecimal dailyRate;
    private final Part travel;
    private final Part individualSupport;
    private final Part inclusionSupport;

    private GrantEstimate(GrantEstimate estimate, Part inclusionSupport) {
        this.request = estimate.request;
        this.rateYear = estimate.rateYear;
        this.source = estimate.source;
        this.band = estimate.band;
        this.travelDays = estimate.travelDays;
        this.dailyRate = estimate.dailyRate;
        this.travel = estimate.travel;
        this.individualSupport = estimate.individualSupport;
        this.inclusionSupport = inclusionSupport;
    }

    private GrantEstimate(GrantRequest request, RateTable table) {
        this.request = request;
        this.rateYear = table == null ? null : table.getProgrammeYear();
        this.source = table == null ? null : table.getSource();
        this.band = table == null || request.distanceKm() == null ? null : table.bandFor(request.distanceKm()).orElse(null);
        this.travelDays = table == null ? 0 : table.travelDays(request.greenTravel());
        this.dailyRate = table == null ? null
                : table.dailyRate(request.kind(), request.destinationGroup()).orElse(null);
        this.travel = travelPart(table);
        this.individualSupport = dailyRate == null ? Part.missing(Status.NO_RATE)
                : Part.counted(dailyRate.multiply(BigDecimal.valueOf(getFundedDays())));
        this.inclusionSupport = inclusionPart(table);
    }

    /**
     * The estimate of the request from the rates that apply to it: those of its start year, else of
     * the latest earlier year among the tables given.
     */
    public static GrantEstimate of(GrantRequest request, List<RateTable> tables) {
        return from(request, RateTable.applicableIn(request.startYear(), tables));
    }

    /** The estimate of the request from one rate table, or from none. */
    public static GrantEstimate from(GrantRequest request, Optional<RateTable> table) {
        return new GrantEstimate(Objects.requireNonNull(request), table.orElse(null));
    }

    /**
     * The same estimate without its inclusion support, for a reader who must not learn whether the
     * participant has fewer opportunities: the part is {@link Status#WITHHELD} whether asked for or not,
     * and the total leaves it out, so that nothing can be worked out from it.
     */
    public GrantEstimate withholdingInclusion() {
        return new GrantEstimate(this, Part.missing(Status.WITHHELD));
    }

    private Part travelPart(RateTable table) {
        if (table == null) {
            return Part.missing(Status.NO_RATE);
        }
        if (request.distanceKm() == null) {
            return Part.missing(Status.DISTANCE_UNKNOWN);
        }
        return band == null ? Part.missing(Status.NO_BAND) : Part.counted(band.amount(request.greenTravel()));
    }

    private Part inclusionPart(RateTable table) {
        if (!request.inclusionSupport()) {
            return Part.missing(Status.NOT_REQUESTED);
        }
        return table == null ? Part.missing(Status.NO_RATE)
                : table.findInclusionSupport().map(Part::counted).orElseGet(() -> Part.missing(Status.NO_RATE));
    }

    /** The sum of the parts that could be computed. */
    public BigDecimal getTotal() {
        return Money.euro(List.of(travel, individualSupport, inclusionSupport).stream()
                .filter(Part::isCounted)
                .map(Part::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Whether every part that belongs to the grant could be computed. */
    public boolean isComplete() {
        return !travel.isMissing() && !individualSupport.isMissing() && !inclusionSupport.isMissing();
    }

    /** Whether a rate table was found for the start year or an earlier one. */
    public boolean isRated() {
        return rateYear != null;
    }

    /** Whether the rates are of an earlier programme year than the one the mobility starts in. */
    public boolean isEarlierYear() {
        return rateYear != null && rateYear < request.startYear();
    }

    /** Days of activity plus the funded travel days. */
    public long getFundedDays() {
        return request.activityDays() + travelDays;
    }

    public int getStartYear() {
        return request.startYear();
    }

    public Integer getRateYear() {
        return rateYear;
    }

    public String getSource() {
        return source;
    }

    public Integer getDistanceKm() {
        return request.distanceKm();
    }

    public TravelBand getBand() {
        return band;
    }

    public boolean isGreenTravel() {
        return request.greenTravel();
    }

    public ParticipantKind getKind() {
        return request.kind();
    }

    public CountryGroup getDestinationGroup() {
        return request.destinationGroup();
    }

    public long getActivityDays() {
        return request.activityDays();
    }

    public int getTravelDays() {
        return travelDays;
    }

    /** The individual support per day; null when the rates have none. */
    public BigDecimal getDailyRate() {
        return dailyRate;
    }

    public Part getTravel() {
        return travel;
    }

    public Part getIndividualSupport() {
        return individualSupport;
    }

    public Part getInclusionSupport() {
        return inclusionSupport;
    }
}
