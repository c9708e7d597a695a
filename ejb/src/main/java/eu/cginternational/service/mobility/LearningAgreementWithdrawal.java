package eu.cginternational.service.mobility;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** The withdrawal of the learning agreement's current version from signature, based on the version of the agreement the person saw. */
public record LearningAgreementWithdrawal(
        @NotNull(message = "{learning.version.required}") Long version) implements Serializable {
}
