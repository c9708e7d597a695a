package eu.cginternational.service.mobility;

import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.text.PlainParagraphs;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The withdrawal of the learning agreement's current version from signature, based on the version of the agreement the
 * person saw, with an optional comment (why), as a partnership agreement's withdrawal takes one.
 */
public record LearningAgreementWithdrawal(
        @NotNull(message = "{learning.version.required}") Long version,
        @Size(max = LearningAgreementVersion.WITHDRAWAL_COMMENT_MAXLENGTH, message = "{learning.withdrawal_comment.too_long}")
        @PlainParagraphs String comment) implements Serializable {
}
