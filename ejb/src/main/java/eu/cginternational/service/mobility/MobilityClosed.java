package eu.cginternational.service.mobility;

import eu.cginternational.domain.mobility.Mobility;

/**
 * Raised, in the transaction of the step, when a mobility is rejected, withdrawn, cancelled or completed: its
 * learning agreement no longer changes, and a document of it under signature must not stay in the signers' inboxes,
 * be reminded of or signed, so {@link LearningAgreementSignatures} supersedes it.
 */
public record MobilityClosed(Mobility mobility) {
}
