package eu.cginternational.web.api;

import eu.cginternational.domain.signing.IntegrityCheck;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.domain.signing.SigningEvent;
import eu.cginternational.service.signing.Verification;
import java.time.Instant;
import java.util.List;

/** What the API shows of signed documents: never the drawn signature image, never a password. */
public final class SigningViews {

    private SigningViews() {
    }

    /**
     * A document with its signers, its events and the addresses of its PDF and audit certificate; {@code intact}
     * whether its whole record agrees (else {@code integrity} says which part does not), {@code chainIntact}
     * whether its event chain alone is whole. {@code version} is the one a signature names
     * ({@link SignedDocument#getStateVersion}): a reminder leaves it as it is.
     */
    public record Document(long id, long version, String kind, long subjectId, String title, String fileName, String sha256,
            String status, String sentBy, Instant sentAt, Instant closedAt, boolean intact, Verification.Integrity integrity,
            boolean chainIntact, boolean yourTurn, List<SignerView> signers, List<EventView> events, String pdf,
            String auditCertificate) {

        public static Document of(SignedDocument d, boolean yourTurn) {
            String base = "/api/signing/documents/" + d.getId();
            IntegrityCheck check = d.checkIntegrity();
            return new Document(d.getId(), d.getStateVersion(), d.getKind().name(), d.getSubjectId(), d.getTitle(), d.getFileName(),
                    d.getSha256(), d.getStatus().name(), d.getSentBy().getFullName(), d.getSentAt(), d.getClosedAt(),
                    check.intact(), Verification.Integrity.of(check), check.chainIntact(), yourTurn,
                    d.getSigners().stream().map(SignerView::of).toList(),
                    d.getEvents().stream().map(EventView::of).toList(), base + "/pdf", base + "/audit-certificate");
        }
    }

    public record SignerView(int order, String name, String role, Views.InstitutionRef institution, String status,
            Instant actedAt, String typedName, String consentVersion, String documentHash, String declineReason) {
        static SignerView of(Signer s) {
            return new SignerView(s.getPosition(), s.getAccount().getFullName(), s.getRole().name(),
                    Views.InstitutionRef.of(s.getInstitution()), s.getStatus().name(), s.getActedAt(), s.getTypedName(),
                    s.getConsentVersion(), s.getDocumentHash(), s.getDeclineReason());
        }
    }

    public record EventView(int sequence, String type, Instant occurredAt, String actor, Integer signerOrder, String detail,
            String previousHash, String hash) {
        static EventView of(SigningEvent e) {
            return new EventView(e.getSequence(), e.getType().name(), e.getOccurredAt(), e.getActor(), e.getSignerPosition(),
                    e.getDetail(), e.getPreviousHash(), e.getHash());
        }
    }

    /** A line of the signer's inbox. */
    public record Waiting(long documentId, String title, String kind, String role, String sentBy, Instant turnSince,
            String page) {
        static Waiting of(Signer s) {
            SignedDocument d = s.getDocument();
            return new Waiting(d.getId(), d.getTitle(), d.getKind().name(), s.getRole().name(), d.getSentBy().getFullName(),
                    s.getTurnSince(), "/signing/sign.xhtml?id=" + d.getId());
        }
    }

    /** A signature: the password again, the typed name, the drawn signature (base64 PNG), the consent version, the document version seen. */
    public record SignatureRequest(String password, String typedName, String drawnSignature, String consentVersion,
            Long version) {
        @Override
        public String toString() {
            return "SignatureRequest[" + typedName + "]";
        }
    }

    /** A decline: the reason, and the document version seen, as a signature names it. */
    public record DeclineRequest(String reason, Long version) {
    }

    /** The answer of the register: matched (with the document) or not. */
    public record VerifyResult(boolean matches, String sha256, Verification document) {
    }
}
