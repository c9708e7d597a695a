/**
 * The one signing engine of the platform: {@link eu.cginternational.service.signing.SigningEngine}
 * freezes a document for signature, takes signatures in order after a password check and consent,
 * declines and supersedes, reminds the next signer, issues the audit certificate and verifies a PDF
 * or a hash for anyone. Owners of what is signed (partnership agreements, learning agreements)
 * call it in their own transaction and observe {@link eu.cginternational.service.signing.SigningProgress}.
 */
package eu.cginternational.service.signing;
