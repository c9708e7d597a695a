package eu.cginternational.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A commitment to host placements every year in one occupation, named by its ISCO-08 unit group
 * (four digits) and its title as written in the agreement. A value.
 */
@Embeddable
public class PlacementCommitment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAXLENGTH = 200;
    public static final int MAX_PER_YEAR = 500;

    @Column(name = "isco_code", length = 4, nullable = false)
    private String iscoCode;

    @Column(name = "occupation_title", length = TITLE_MAXLENGTH, nullable = false)
    private String occupationTitle;

    @Column(name = "placements_per_year", nullable = false)
    private int placementsPerYear;

    protected PlacementCommitment() {
        // for JPA
    }

    public PlacementCommitment(String iscoCode, String occupationTitle, int placementsPerYear) {
        if (!Isco.isUnitGroup(iscoCode)) {
            throw new IllegalArgumentException("Not an ISCO-08 unit group: " + iscoCode);
        }
        if (occupationTitle == null || occupationTitle.isBlank() || placementsPerYear < 1 || placementsPerYear > MAX_PER_YEAR) {
            throw new IllegalArgumentException("A commitment needs a title and 1 to " + MAX_PER_YEAR + " placements");
        }
        this.iscoCode = iscoCode;
        this.occupationTitle = occupationTitle.strip();
        this.placementsPerYear = placementsPerYear;
    }

    /** The same commitment as an object of its own, for another version: see {@link AgreementVersion}. */
    PlacementCommitment copy() {
        PlacementCommitment copy = new PlacementCommitment();
        copy.iscoCode = iscoCode;
        copy.occupationTitle = occupationTitle;
        copy.placementsPerYear = placementsPerYear;
        return copy;
    }

    public String getIscoCode() {
        return iscoCode;
    }

    public String getOccupationTitle() {
        return occupationTitle;
    }

    public int getPlacementsPerYear() {
        return placementsPerYear;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlacementCommitment that && iscoCode.equals(that.iscoCode)
                && occupationTitle.equals(that.occupationTitle) && placementsPerYear == that.placementsPerYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(iscoCode, occupationTitle, placementsPerYear);
    }
}
