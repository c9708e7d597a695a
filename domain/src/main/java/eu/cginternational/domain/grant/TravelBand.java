package eu.cginternational.domain.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One distance band of travel support: from {@code minKm} to {@code maxKm} kilometres, both
 * included ({@code maxKm} empty for "and more"), with the amount per participant for standard
 * travel and for green travel (low-emission means for the main part of the journey). The distance
 * is one way; the amount covers the journey there and back.
 */
@Embeddable
public class TravelBand implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "min_km", nullable = false)
    private int minKm;

    @Column(name = "max_km")
    private Integer maxKm;

    @Column(name = "standard_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal standardAmount;

    @Column(name = "green_amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal greenAmount;

    protected TravelBand() {
        // for JPA
    }

    public TravelBand(int minKm, Integer maxKm, BigDecimal standardAmount, BigDecimal greenAmount) {
        if (minKm < 0 || (maxKm != null && maxKm < minKm)) {
            throw new RateRuleException(RateRuleException.Rule.BAND_END_BEFORE_START, minKm, maxKm);
        }
        this.minKm = minKm;
        this.maxKm = maxKm;
        this.standardAmount = Money.nonNegative(standardAmount, label(minKm, maxKm));
        this.greenAmount = Money.nonNegative(greenAmount, label(minKm, maxKm));
    }

    /** Whether a distance in whole kilometres falls into this band. */
    public boolean covers(int km) {
        return km >= minKm && (maxKm == null || km <= maxKm);
    }

    /** The amount per participant for the way of travelling. */
    public BigDecimal amount(boolean green) {
        return green ? greenAmount : standardAmount;
    }

    public boolean isOpenEnded() {
        return maxKm == null;
    }

    public int getMinKm() {
        return minKm;
    }

    public Integer getMaxKm() {
        return maxKm;
    }

    public BigDecimal getStandardAmount() {
        return standardAmount;
    }

    public BigDecimal getGreenAmount() {
        return greenAmount;
    }

    /** The band as people write it: "500–1999 km", "8000+ km". */
    public String getLabel() {
        return label(minKm, maxKm);
    }

    private static String label(int min, Integer max) {
        return max == null ? min + "+ km" : min + "–" + max + " km";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TravelBand that && minKm == that.minKm && Objects.equals(maxKm, that.maxKm)
                && standardAmount.compareTo(that.standardAmount) == 0 && greenAmount.compareTo(that.greenAmount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minKm, maxKm, standardAmount.stripTrailingZeros(), greenAmount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return getLabel() + " " + standardAmount + "/" + greenAmount;
    }
}
