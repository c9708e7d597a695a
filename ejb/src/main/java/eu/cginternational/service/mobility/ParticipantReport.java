package eu.cginternational.service.mobility;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.text.PlainParagraphs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The participant's report after the mobility, based on the version they saw. */
public record ParticipantReport(
        @NotBlank(message = "{mobility.report.required}")
        @Size(max = Mobility.REPORT_MAXLENGTH, message = "{mobility.report.too_long}") @PlainParagraphs String text,
        @NotNull(message = "{mobility.version.required}") Long version) implements Serializable {
}
