package eu.cginternational.service.mobility;

import eu.cginternational.domain.mobility.Mobility;

/**
 * Raised, in the transaction of the change, when what a learning agreement states of a mobility
 * itself (type, host, dates, occupation) changed: a document of the agreement under signature names
 * a mobility that no longer is, so {@link LearningAgreementSignatures} supersedes it.
 */
public record MobilityTermsChanged(Mobility mobility) {
}
