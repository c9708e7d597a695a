package eu.cginternational.service.agreement;

import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.service.config.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The school's decision on an application: accept, or decline with a reason; based on the version seen. Whether it
 * accepts is required, not taken as "no" when left out: a decision is final, and a body without it would decline the
 * student's application unasked.
 */
public record ApplicationDecision(
        @NotNull(message = "{opportunity.decision.required}") @JsonbTypeDeserializer(StrictJson.YesNo.class) Boolean accept,
        @Size(max = OpportunityApplication.REASON_MAXLENGTH, message = "{agreement.comment.too_long}") @PlainParagraphs String reason,
        @NotNull(message = "{agreement.version.required}") Long version) implements Serializable {
}
