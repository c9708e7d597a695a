package eu.cginternational.service.agreement;

import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.text.PlainParagraphs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A student's application: why they want the placement. */
public record ApplicationDraft(
        @NotBlank(message = "{opportunity.motivation.required}")
        @Size(max = OpportunityApplication.MOTIVATION_MAXLENGTH, message = "{opportunity.motivation.too_long}") @PlainParagraphs
        String motivation) implements Serializable {
}
