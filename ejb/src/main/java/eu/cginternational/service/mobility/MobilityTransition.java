package eu.cginternational.service.mobility;

import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStep;
import eu.cginternational.domain.text.PlainParagraphs;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An action on a mobility with its comment, based on the version the person saw. */
public record MobilityTransition(
        @NotNull(message = "{mobility.action.required}") MobilityAction action,
        @Size(max = MobilityStep.COMMENT_MAXLENGTH, message = "{mobility.comment.too_long}") @PlainParagraphs String comment,
        @NotNull(message = "{mobility.version.required}") Long version) implements Serializable {
}
