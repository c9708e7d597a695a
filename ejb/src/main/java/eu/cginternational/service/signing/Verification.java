package eu.cginternational.service.signing;

import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.IntegrityCheck;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the public register says about a document that matched a PDF or a hash: its title, kind,
 * hash, status and dates, whether its record is intact (and if not, which part was altered), and each
 * party with their signature, if given. Nothing else: no PDF, no addresses, no drawn signature.
 */
public record Verification(String sha256, String title, DocumentKind kind, SignedDocumentStatus status, Instant sentAt,
        Instant closedAt, boolean intact, Integrity integrity, boolean chainIntact, List<Party> parties) implements Serializable {

    /**
     * Where the record was found altered, when it was: the part ({@code CHAIN}, {@code PDF}, {@code SIGNERS},
     * {@code STATUS}), why, and the event's sequence number or the signer's place it is at, if one. Null when intact.
     * {@code chainIntact}, older, says whether the event chain alone is whole: read {@code intact}.
     */
    public record Integrity(IntegrityCheck.Part brokenPart, IntegrityCheck.Problem problem, Integer brokenAt)
            implements Serializable {

        public static Integrity of(IntegrityCheck check) {
            return check.intact() ? null : new Integrity(check.brokenPart(), check.problem(), check.brokenAt());
        }
    }

    /** One signer as the register shows them. */
    public record Party(int order, String name, SignerRole role, String institution, String country, SignerStatus status,
            Instant signedAt, String typedName) implements Serializable {
    }

    static Verification of(SignedDocument document) {
        List<Party> parties = document.getSigners().stream()
                .map(s -> new Party(s.getPosition(), s.getAccount().getFullName(), s.getRole(), s.getInstitution().getName(),
                        s.getInstitution().getCountry().getCode(), s.getStatus(), s.getActedAt(), s.getTypedName()))
                .toList();
        IntegrityCheck check = document.checkIntegrity();
        return new Verification(document.getSha256(), document.getTitle(), document.getKind(), document.getStatus(),
                document.getSentAt(), document.getClosedAt(), check.intact(), Integrity.of(check), check.chainIntact(), parties);
    }
}
