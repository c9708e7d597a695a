package eu.cginternational.domain.signing;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.SigningRuleException.Rule;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A document sent for signature: the PDF frozen at sending with its SHA-256, the signers in their
 * order, and the hash-chained events of everything that happened to it. Signers sign one after
 * the other; each signature must be over the frozen hash. A decline by any signer ends it, and so
 * does its replacement by a newer version of what it is about (superseded). A signed, declined or
 * superseded document never changes again, apart from reminders, which only open documents get.
 *
 * <p>Who may act is decided here only as far as the document knows it (the named signer whose
 * turn it is); the password check, the consent text and scope rules are the service's.
 */
@Entity
@Table(name = "signed_document")
@NamedQuery(name = "SignedDocument.bySha256", query = "SELECT d FROM SignedDocument d WHERE d.sha256 = :sha256")
@NamedQuery(name = "SignedDocument.ofSubject",
        query = "SELECT d FROM SignedDocument d WHERE d.kind = :kind AND d.subjectId = :subjectId ORDER BY d.id DESC")
public class SignedDocument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAXLENGTH = 300;
    public static final int FILE_NAME_MAXLENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private DocumentKind kind;

    /** The id of the version of what is signed (an agreement version, a learning agreement version). */
    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "title", nullable = false, updatable = false, length = TITLE_MAXLENGTH)
    private String title;

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAXLENGTH)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY, optional = false)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "sha256", nullable = false, updatable = false, unique = true, length = Sha256.HEX_LENGTH)
    private String sha256;

    @Column(name = "pdf_size", nullable = false, updatable = false)
    private int pdfSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private SignedDocumentStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sent_by_id", nullable = false, updatable = false)
    private UserAccount sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    /** When it became signed, declined or superseded. */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** The hash of the last event: a removed last event shows as a head that no longer matches. */
    @Column(name = "chain_head", nullable = false, length = Sha256.HEX_LENGTH)
    private String chainHead;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("position ASC")
    private List<Signer> signers = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("sequence ASC")
    private List<SigningEvent> events = new ArrayList<>();

    protected SignedDocument() {
        // for JPA
    }

    /**
     * Freezes a PDF for signature by the given signers, in their order; the first signer's turn
     * starts now. Records the SENT event with the sender's address and browser.
     */
    public SignedDocument(DocumentKind kind, long subjectId, String title, String fileName, byte[] pdf,
            List<SignerSlot> slots, UserAccount sentBy, Instant now, String clientAddress, String userAgent) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectId = subjectId;
        this.title = SigningEvent.cut(Objects.requireNonNull(title, "title").strip(), TITLE_MAXLENGTH);
        this.fileName = SigningEvent.cut(Objects.requireNonNull(fileName, "fileName"), FILE_NAME_MAXLENGTH);
        this.pdf = Objects.requireNonNull(pdf, "pdf").clone();
        this.pdfSize = pdf.length;
        this.sha256 = Sha256.of(pdf);
        this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
        this.sentAt = now;
        if (slots == null || slots.isEmpty()) {
            throw new SigningRuleException(Rule.NO_SIGNERS);
        }
        Set<UserAccount> seen = new HashSet<>();
        for (SignerSlot slot : slots) {
            if (!seen.add(slot.account())) {
                throw new SigningRuleException(Rule.SIGNER_TWICE, slot.account().getFullName());
            }
            signers.add(new Signer(this, signers.size() + 1, slot.account(), slot.role(), slot.institution()));
        }
        status = SignedDocumentStatus.AWAITING_SIGNATURES;
        signers.get(0).takeTurn(now);
        append(SigningEventType.SENT, now, sentBy.getUsername(), null,
                "sha256 " + sha256 + ", " + pdfSize + " bytes, " + signers.size() + " signers", clientAddress, userAgent);
    }

    /**
     * Signs as the given account: it must be the named signer whose turn it is, the document must
     * still be open, and the signature must be over this document's hash. Returns the new status.
     */
    public SignedDocumentStatus sign(UserAccount account, SignatureMark mark, Instant now) {
        Signer signer = requireTurnOf(account);
        if (!sha256.equals(mark.documentHash())) {
            throw new SigningRuleException(Rule.HASH_MISMATCH);
        }
        signer.sign(mark, now);
        Optional<Signer> next = getCurrentSigner();
        if (next.isPresent()) {
            next.get().takeTurn(now);
            status = SignedDocumentStatus.PARTIALLY_SIGNED;
        } else {
            status = SignedDocumentStatus.SIGNED;
            closedAt = now;
        }
        append(SigningEventType.SIGNED, now, account.getUsername(), signer.getPosition(),
                "signer " + signer.getPosition() + " " + signer.getRole() + " " + account.getFullName() + " ("
                        + signer.getInstitution().getName() + "), typed name \"" + mark.typedName() + "\", consent "
                        + mark.consentVersion() + ", signature image sha256 " + Sha256.of(mark.drawnSignature())
                        + ", document sha256 " + mark.documentHash(),
                mark.clientAddress(), mark.userAgent());
        return status;
    }

    /** Declines as a named signer who has not signed yet, with the (required) reason; the document is then closed. */
    public void decline(UserAccount account, String reason, Instant now, String clientAddress, String userAgent) {
        requireOpen();
        Signer signer = signerOf(account).orElseThrow(() -> new SigningRuleException(Rule.NOT_A_SIGNER));
        if (signer.isSigned()) {
            throw new SigningRuleException(Rule.ALREADY_SIGNED);
        }
        if (reason == null || reason.isBlank()) {
            throw new SigningRuleException(Rule.REASON_REQUIRED);
        }
        String given = SigningEvent.cut(reason.strip(), Signer.REASON_MAXLENGTH);
        signer.decline(given, now, clientAddress, userAgent);
        status = SignedDocumentStatus.DECLINED;
        closedAt = now;
        append(SigningEventType.DECLINED, now, account.getUsername(), signer.getPosition(), given, clientAddress, userAgent);
    }

    /** Replaces the document by a newer one: no one can sign it any more. */
    public void supersede(String actor, String reason, Instant now) {
        requireOpen();
        status = SignedDocumentStatus.SUPERSEDED;
        closedAt = now;
        append(SigningEventType.SUPERSEDED, now, actor, null, reason, null, null);
    }

    /** Records that the signer whose turn it is was reminded. */
    public void remindCurrentSigner(Instant now) {
        Signer signer = getCurrentSigner().orElseThrow(() -> new SigningRuleException(Rule.COMPLETED));
        signer.remind(now);
        append(SigningEventType.REMINDED, now, null, signer.getPosition(), "reminder " + signer.getReminders(), null, null);
    }

    /** Checks every link of the event chain against the stored rows. */
    public ChainCheck checkChain() {
        String previous = SigningEvent.GENESIS;
        int expected = 1;
        for (SigningEvent event : events) {
            if (event.getSequence() != expected) {
                return ChainCheck.broken(events.size(), expected, ChainCheck.Problem.GAP);
            }
            if (!previous.equals(event.getPreviousHash())) {
                return ChainCheck.broken(events.size(), expected, ChainCheck.Problem.LINK);
            }
            if (!event.computeHash(sha256).equals(event.getHash())) {
                return ChainCheck.broken(events.size(), expected, ChainCheck.Problem.CONTENT);
            }
            previous = event.getHash();
            expected++;
        }
        if (!previous.equals(chainHead)) {
            return ChainCheck.broken(events.size(), expected, ChainCheck.Problem.HEAD);
        }
        return ChainCheck.intact(events.size());
    }

    /**
     * Checks, without changing anything, that the document is open and that it is this account's
     * turn: refused as superseded, completed or declined, as not a signer, as already signed, or
     * as not yet their turn.
     */
    public Signer requireTurnOf(UserAccount account) {
        requireOpen();
        Signer signer = signerOf(account).orElseThrow(() -> new SigningRuleException(Rule.NOT_A_SIGNER));
        if (signer.isSigned()) {
            throw new SigningRuleException(Rule.ALREADY_SIGNED);
        }
        Signer current = getCurrentSigner().orElseThrow(() -> new SigningRuleException(Rule.COMPLETED));
        if (!current.equals(signer)) {
            throw new SigningRuleException(Rule.NOT_YOUR_TURN, current.getPosition(), current.getAccount().getFullName());
        }
        return signer;
    }

    private void requireOpen() {
        switch (status) {
            case SUPERSEDED -> throw new SigningRuleException(Rule.SUPERSEDED);
            case SIGNED -> throw new SigningRuleException(Rule.COMPLETED);
            case DECLINED -> throw new SigningRuleException(Rule.DECLINED);
            default -> {
                // open: awaiting or partially signed
            }
        }
    }

    private void append(SigningEventType type, Instant now, String actor, Integer position, String detail,
            String clientAddress, String userAgent) {
        String previous = events.isEmpty() ? SigningEvent.GENESIS : events.get(events.size() - 1).getHash();
        SigningEvent event = new SigningEvent(this, events.size() + 1, previous, type, now, actor, position, detail,
                clientAddress, userAgent);
        events.add(event);
        chainHead = event.getHash();
    }

    /** The signer whose turn it is: the first who has not signed, while the document is open. */
    public Optional<Signer> getCurrentSigner() {
        if (!status.isOpen()) {
            return Optional.empty();
        }
        return signers.stream().filter(s -> s.getStatus() == SignerStatus.WAITING).findFirst();
    }

    /** Whether it is this account's turn to sign. */
    public boolean isTurnOf(UserAccount account) {
        return getCurrentSigner().map(s -> s.getAccount().equals(account)).orElse(false);
    }

    public Optional<Signer> signerOf(UserAccount account) {
        return signers.stream().filter(s -> s.getAccount().equals(account)).findFirst();
    }

    public DocumentKind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    /** The frozen PDF, byte for byte as it was sent. */
    public byte[] getPdf() {
        return pdf.clone();
    }

    public int getPdfSize() {
        return pdfSize;
    }

    public String getSha256() {
        return sha256;
    }

    public SignedDocumentStatus getStatus() {
        return status;
    }

    public UserAccount getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getChainHead() {
        return chainHead;
    }

    public List<Signer> getSigners() {
        return Collections.unmodifiableList(signers);
    }

    public List<SigningEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
