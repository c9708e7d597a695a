package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.CountryDemand;
import eu.cginternational.domain.guidance.DemandLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/** The demand for an occupation in one country as a coordinator enters it, with the code of its source. */
public class DemandDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{guidance.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{guidance.country.required}")
    private String countryCode;

    @NotNull(message = "{guidance.demand.required}")
    private DemandLevel level;

    @NotBlank(message = "{guidance.source.required}")
    private String sourceCode;

    public DemandDraft() {
    }

    public DemandDraft(String countryCode, DemandLevel level, String sourceCode) {
        this.countryCode = countryCode;
        this.level = level;
        this.sourceCode = sourceCode;
    }

    static DemandDraft of(CountryDemand demand) {
        return new DemandDraft(demand.getCountryCode(), demand.getLevel(), demand.getSourceCode());
    }

    CountryDemand toDemand() {
        return new CountryDemand(countryCode, level, sourceCode);
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public DemandLevel getLevel() {
        return level;
    }

    public void setLevel(DemandLevel level) {
        this.level = level;
    }

    public String getSourceCode() {
        return sourceCode;
    }

    public void setSourceCode(String sourceCode) {
        this.sourceCode = sourceCode;
    }
}
