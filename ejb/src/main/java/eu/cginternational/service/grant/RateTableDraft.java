package eu.cginternational.service.grant;

import eu.cginternational.domain.grant.DailyRate;
import eu.cginternational.domain.grant.ParticipantKind;
import eu.cginternational.domain.grant.RateTable;
import eu.cginternational.domain.grant.TravelBand;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.text.PlainParagraphs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator enters for the rates of a programme year: the source, the funded travel days,
 * the inclusion support (empty: no amount known), the travel bands from the shortest distance up
 * and the daily rates of individual support (a kind and group without a rate is left out).
 * {@code version} is the version of the table the coordinator read.
 */
public class RateTableDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{rates.source.required}")
    @Size(max = RateTable.SOURCE_MAXLENGTH, message = "{rates.source.too_long}")
    @PlainParagraphs
    private String source;

    @NotNull(message = "{rates.travel_days.required}")
    @Min(value = 0, message = "{rates.travel_days.negative}")
    @Max(value = RateTable.MAX_TRAVEL_DAYS, message = "{rates.travel_days.too_many}")
    private Integer travelDaysStandard;

    @NotNull(message = "{rates.travel_days.required}")
    @Min(value = 0, message = "{rates.travel_days.negative}")
    @Max(value = RateTable.MAX_TRAVEL_DAYS, message = "{rates.travel_days.too_many}")
    private Integer travelDaysGreen;

    @DecimalMin(value = "0", message = "{rates.amount.negative}")
    @Digits(integer = 8, fraction = 2, message = "{rates.amount.digits}")
    private BigDecimal inclusionSupport;

    @NotNull(message = "{rates.bands.required}")
    @Valid
    private List<@NotNull(message = "{list.entry.missing}") Band> travelBands = new ArrayList<>();

    @NotNull(message = "{rates.daily.required}")
    @Valid
    private List<@NotNull(message = "{list.entry.missing}") Rate> dailyRates = new ArrayList<>();

    @NotNull(message = "{rates.version.required}")
    private Long version;

    /** One travel band; {@code maxKm} empty for "and more". */
    public static class Band implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{rates.band.min.required}")
        @Min(value = 0, message = "{rates.band.km.negative}")
        private Integer minKm;

        @Min(value = 0, message = "{rates.band.km.negative}")
        private Integer maxKm;

        @NotNull(message = "{rates.amount.required}")
        @DecimalMin(value = "0", message = "{rates.amount.negative}")
        @Digits(integer = 8, fraction = 2, message = "{rates.amount.digits}")
        private BigDecimal standardAmount;

        @NotNull(message = "{rates.amount.required}")
        @DecimalMin(value = "0", message = "{rates.amount.negative}")
        @Digits(integer = 8, fraction = 2, message = "{rates.amount.digits}")
        private BigDecimal greenAmount;

        public Band() {
        }

        public Band(Integer minKm, Integer maxKm, BigDecimal standardAmount, BigDecimal greenAmount) {
            this.minKm = minKm;
            this.maxKm = maxKm;
            this.standardAmount = standardAmount;
            this.greenAmount = greenAmount;
        }

        TravelBand toBand() {
            return new TravelBand(minKm, maxKm, standardAmount, greenAmount);
        }

        public Integer getMinKm() {
            return minKm;
        }

        public void setMinKm(Integer minKm) {
            this.minKm = minKm;
        }

        public Integer getMaxKm() {
            return maxKm;
        }

        public void setMaxKm(Integer maxKm) {
            this.maxKm = maxKm;
        }

        public BigDecimal getStandardAmount() {
            return standardAmount;
        }

        public void setStandardAmount(BigDecimal standardAmount) {
            this.standardAmount = standardAmount;
        }

        public BigDecimal getGreenAmount() {
            return greenAmount;
        }

        public void setGreenAmount(BigDecimal greenAmount) {
            this.greenAmount = greenAmount;
        }
    }

    /** The individual support per day of one kind of participant in one country group. */
    public static class Rate implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull(message = "{rates.daily.kind.required}")
        private ParticipantKind kind;

        @NotNull(message = "{rates.daily.group.required}")
        private CountryGroup group;

        @NotNull(message = "{rates.amount.required}")
        @DecimalMin(value = "0", message = "{rates.amount.negative}")
        @Digits(integer = 8, fraction = 2, message = "{rates.amount.digits}")
        private BigDecimal amount;

        public Rate() {
        }

        public Rate(ParticipantKind kind, CountryGroup group, BigDecimal amount) {
            this.kind = kind;
            this.group = group;
            this.amount = amount;
        }

        DailyRate toRate() {
            return new DailyRate(kind, group, amount);
        }

        public ParticipantKind getKind() {
            return kind;
        }

        public void setKind(ParticipantKind kind) {
            this.kind = kind;
        }

        public CountryGroup getGroup() {
            return group;
        }

        public void setGroup(CountryGroup group) {
            this.group = group;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** The draft of a table as it stands, to edit it. */
    public static RateTableDraft of(RateTable table) {
        RateTableDraft draft = new RateTableDraft();
        draft.source = table.getSource();
        draft.travelDaysStandard = table.getTravelDaysStandard();
        draft.travelDaysGreen = table.getTravelDaysGreen();
        draft.inclusionSupport = table.getInclusionSupport();
        table.getTravelBands().forEach(band -> draft.travelBands.add(
                new Band(band.getMinKm(), band.getMaxKm(), band.getStandardAmount(), band.getGreenAmount())));
        table.getDailyRates().forEach(rate -> draft.dailyRates.add(new Rate(rate.getKind(), rate.getGroup(), rate.getAmount())));
        draft.version = table.getVersion();
        return draft;
    }

    List<TravelBand> bands() {
        return travelBands.stream().map(Band::toBand).toList();
    }

    List<DailyRate> rates() {
        return dailyRates.stream().map(Rate::toRate).toList();
    }

    public String getSource() {
        return source;
    }

    /** The source as one paragraph: line breaks and runs of spaces become single spaces. */
    public void setSource(String source) {
        this.source = source == null ? null : source.trim().replaceAll("\\s+", " ");
    }

    public Integer getTravelDaysStandard() {
        return travelDaysStandard;
    }

    public void setTravelDaysStandard(Integer travelDaysStandard) {
        this.travelDaysStandard = travelDaysStandard;
    }

    public Integer getTravelDaysGreen() {
        return travelDaysGreen;
    }

    public void setTravelDaysGreen(Integer travelDaysGreen) {
        this.travelDaysGreen = travelDaysGreen;
    }

    public BigDecimal getInclusionSupport() {
        return inclusionSupport;
    }

    public void setInclusionSupport(BigDecimal inclusionSupport) {
        this.inclusionSupport = inclusionSupport;
    }

    public List<Band> getTravelBands() {
        return travelBands;
    }

    public void setTravelBands(List<Band> travelBands) {
        this.travelBands = travelBands;
    }

    public List<Rate> getDailyRates() {
        return dailyRates;
    }

    public void setDailyRates(List<Rate> dailyRates) {
        this.dailyRates = dailyRates;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
