/**
 * Documents signed online: a {@link eu.cginternational.domain.signing.SignedDocument} is a PDF frozen
 * when it is sent, with its SHA-256, its signers in order and its hash-chained
 * {@link eu.cginternational.domain.signing.SigningEvent}s. The document enforces the signing order
 * and its states itself; the chain lets anyone with the rows detect a removed or altered event.
 */
package eu.cginternational.domain.signing;
