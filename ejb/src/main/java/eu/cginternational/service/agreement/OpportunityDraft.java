package eu.cginternational.service.agreement;

import eu.cginternational.domain.agreement.Isco;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.PlacementCommitment;
import eu.cginternational.domain.text.LanguageCode;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.time.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A placement as a partner publishes it under one of the company's agreements in force. */
public record OpportunityDraft(
        @NotNull(message = "{opportunity.agreement.required}") Long agreementId,
        @NotNull(message = "{agreement.isco.required}") @Isco.UnitGroup
        String iscoCode,
        @NotBlank(message = "{agreement.occupation.required}")
        @Size(max = PlacementCommitment.TITLE_MAXLENGTH, message = "{agreement.occupation.too_long}") @PlainText
        String occupationTitle,
        @NotNull(message = "{opportunity.country.required}") @Pattern(regexp = "[A-Z]{2}", message = "{opportunity.country.required}")
        String countryCode,
        @NotBlank(message = "{opportunity.city.required}")
        @Size(max = Opportunity.CITY_MAXLENGTH, message = "{opportunity.city.too_long}") @PlainText String city,
        @PlausibleDate @NotNull(message = "{opportunity.start.required}") LocalDate startDate,
        @PlausibleDate @NotNull(message = "{opportunity.end.required}") LocalDate endDate,
        @NotNull(message = "{opportunity.seats.required}") @Min(value = 1, message = "{opportunity.seats.range}")
        @Max(value = Opportunity.MAX_SEATS, message = "{opportunity.seats.range}") Integer seats,
        @NotNull(message = "{opportunity.language.required}") @LanguageCode.Known(message = "{opportunity.language.unknown}")
        String workLanguage,
        @NotBlank(message = "{opportunity.description.required}")
        @Size(max = Opportunity.DESCRIPTION_MAXLENGTH, message = "{opportunity.description.too_long}") @PlainParagraphs
        String description) implements Serializable {
}
