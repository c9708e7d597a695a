package eu.cginternational.web.api;

import eu.cginternational.domain.grant.GrantEstimate;
import eu.cginternational.domain.grant.RateTable;
import eu.cginternational.domain.grant.TravelBand;
import java.math.BigDecimal;
import java.util.List;

/** What the API shows of grant estimates and rate tables. Amounts are in euro; null means "no rate". */
public final class GrantViews {

    private GrantViews() {
    }

    public record Band(int minKm, Integer maxKm, BigDecimal standardAmount, BigDecimal greenAmount) {
        static Band of(TravelBand band) {
            return band == null ? null
                    : new Band(band.getMinKm(), band.getMaxKm(), band.getStandardAmount(), band.getGreenAmount());
        }
    }

    /** One part of the estimate: COUNTED with its amount, or why it is missing (NO_RATE, NO_BAND, DISTANCE_UNKNOWN, NOT_REQUESTED). */
    public record Part(String status, BigDecimal amount) {
        static Part of(GrantEstimate.Part part) {
            return new Part(part.getStatus().name(), part.getAmount());
        }
    }

    /**
     * The estimate with its breakdown. {@code rateYear} is the programme year of the rates used (the
     * start year, else the latest earlier one, {@code earlierYear} then true), null when none exists.
     */
    public record Estimate(long mobilityId, int startYear, Integer rateYear, boolean earlierYear, String source,
            Integer distanceKm, Band band, boolean greenTravel, String participantKind, String destinationGroup,
            long activityDays, int travelDays, long fundedDays, BigDecimal dailyRate, Part travel,
            Part individualSupport, Part inclusionSupport, BigDecimal total, boolean complete) {
        static Estimate of(long mobilityId, GrantEstimate e) {
            return new Estimate(mobilityId, e.getStartYear(), e.getRateYear(), e.isEarlierYear(), e.getSource(),
                    e.getDistanceKm(), Band.of(e.getBand()), e.isGreenTravel(), e.getKind().name(),
                    e.getDestinationGroup().name(), e.getActivityDays(), e.getTravelDays(), e.getFundedDays(),
                    e.getDailyRate(), Part.of(e.getTravel()), Part.of(e.getIndividualSupport()),
                    Part.of(e.getInclusionSupport()), e.getTotal(), e.isComplete());
        }
    }

    public record DailyRate(String kind, String group, BigDecimal amount) {
    }

    public record RateTableSummary(int programmeYear, String source, Long version) {
        static RateTableSummary of(RateTable table) {
            return new RateTableSummary(table.getProgrammeYear(), table.getSource(), table.getVersion());
        }
    }

    public record RateTableView(int programmeYear, String source, int travelDaysStandard, int travelDaysGreen,
            BigDecimal inclusionSupport, List<Band> travelBands, List<DailyRate> dailyRates, Long version) {
        static RateTableView of(RateTable table) {
            return new RateTableView(table.getProgrammeYear(), table.getSource(), table.getTravelDaysStandard(),
                    table.getTravelDaysGreen(), table.getInclusionSupport(),
                    table.getTravelBands().stream().map(Band::of).toList(),
                    table.getDailyRates().stream()
                            .map(rate -> new DailyRate(rate.getKind().name(), rate.getGroup().name(), rate.getAmount()))
                            .toList(),
                    table.getVersion());
        }
    }

    /** A new programme year as a copy of another: {"programmeYear": 2025, "copyOf": 2024}. */
    public record NewRateTable(Integer programmeYear, Integer copyOf) {
    }
}
