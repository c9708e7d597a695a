package eu.cginternational.service.agreement;

import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementEvent;
import eu.cginternational.domain.text.PlainParagraphs;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A step a person asks for: SEND, WITHDRAW, AMEND or TERMINATE (with its reason), or DECLINE by the signer
 * whose turn it is (with its reason), based on the version the person saw.
 */
public record AgreementTransition(
        @NotNull(message = "{agreement.action.required}") AgreementAction action,
        @Size(max = AgreementEvent.COMMENT_MAXLENGTH, message = "{agreement.comment.too_long}") @PlainParagraphs String comment,
        @NotNull(message = "{agreement.version.required}") Long version) implements Serializable {
}
