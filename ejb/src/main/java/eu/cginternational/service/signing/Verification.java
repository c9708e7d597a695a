package eu.cginternational.service.signing;

import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the public register says about a document that matched a PDF or a hash: its title, kind,
 * hash, status and dates, and each party with their signature, if given. Nothing else: no PDF, no
 * addresses, no drawn signature.
 */
public record Verification(String sha256, String title, DocumentKind kind, SignedDocumentStatus status, Instant sentAt,
        Instant closedAt, boolean chainIntact, List<Party> parties) implements Serializable {

    /** One signer as the register shows them. */
    public record Party(int order, String name, SignerRole role, String institution, String country, SignerStatus status,
            Instant signedAt, String typedName) implements Serializable {
    }

    static Verification of(SignedDocument document) {
        List<Party> parties = document.getSigners().stream()
                .map(s -> new Party(s.getPosition(), s.getAccount().getFullName(), s.getRole(), s.getInstitution().getName(),
                        s.getInstitution().getCountry().getCode(), s.getStatus(), s.getActedAt(), s.getTypedName()))
                .toList();
        return new Verification(document.getSha256(), document.getTitle(), document.getKind(), document.getStatus(),
                document.getSentAt(), document.getClosedAt(), document.checkChain().intact(), parties);
    }
}
