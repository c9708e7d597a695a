package eu.cginternational.domain.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** The demand for an occupation in one country, with the code of the source it comes from. */
@Embeddable
public class CountryDemand implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "country_code", length = 2, nullable = false)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "demand", length = 16, nullable = false)
    private DemandLevel level;

    @Column(name = "source_code", length = 40, nullable = false)
    private String sourceCode;

    protected CountryDemand() {
        // for JPA
    }

    public CountryDemand(String countryCode, DemandLevel level, String sourceCode) {
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A country code is two capital letters: " + countryCode);
        }
        if (sourceCode == null || sourceCode.isBlank()) {
            throw new IllegalArgumentException("A demand value needs its source");
        }
        this.countryCode = countryCode;
        this.level = Objects.requireNonNull(level, "level");
        this.sourceCode = sourceCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public DemandLevel getLevel() {
        return level;
    }

    public String getSourceCode() {
        return sourceCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountryDemand that && countryCode.equals(that.countryCode) && level == that.level
                && sourceCode.equals(that.sourceCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(countryCode, level, sourceCode);
    }
}
