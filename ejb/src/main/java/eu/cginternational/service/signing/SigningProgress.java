package eu.cginternational.service.signing;

import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocumentStatus;

/**
 * Fired (synchronously, in the transaction of the step) after every signature and decline, so
 * that the owner of the signed subject moves its own status: observe it with {@code @Observes}
 * and look at {@code kind}. {@code reason} is the reason of a decline, otherwise null.
 */
public record SigningProgress(DocumentKind kind, long subjectId, long documentId, SignedDocumentStatus status,
        String reason) {
}
