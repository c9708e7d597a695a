package eu.cginternational.domain.signing;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.SigningRuleException.Rule;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

    // Not a lazy basic: see Signer#drawnSignature.
    @Lob
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
        append(SigningEventType.SENT, now, sentBy.getUsername(), null, sentFacts(sha256, pdfSize) + signers.size() + " signers",
                clientAddress, userAgent);
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
                signerFacts(signer) + account.getFullName() + " (" + signer.getInstitution().getName() + "), "
                        + signatureFacts(mark.typedName(), mark.consentVersion(), mark.drawnSignature(), mark.documentHash()),
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

    /**
     * Records that the signer whose turn it is was reminded, in their row and as an event of the chain. The
     * {@linkplain #getStateVersion() state version} stays as it is: a reminder changes nothing a signer reads.
     */
    public void remindCurrentSigner(Instant now) {
        Signer signer = getCurrentSigner().orElseThrow(() -> new SigningRuleException(Rule.COMPLETED));
        signer.remind(now);
        append(SigningEventType.REMINDED, now, null, signer.getPosition(), "reminder " + signer.getReminders(), null, null);
    }

    /**
     * Records that the signer whose turn it is can no longer sign nor decline it; returns whether this is news to tell
     * (whoever must hear of it is told once, until the signer can act again). Their reminders sent stay as they are, and
     * so does the {@linkplain #getStateVersion() state version}.
     */
    public boolean currentSignerCannotAct(Instant now) {
        return getCurrentSigner().orElseThrow(() -> new SigningRuleException(Rule.COMPLETED)).tellCannotAct(now);
    }

    /**
     * Records that the signer whose turn it is can act (again): losing that later is news again. The
     * {@linkplain #getStateVersion() state version} stays as it is.
     */
    public void currentSignerCanAct() {
        getCurrentSigner().orElseThrow(() -> new SigningRuleException(Rule.COMPLETED)).canActAgain();
    }

    /**
     * Checks the stored record against itself, part by part ({@link IntegrityCheck.Part}): the event
     * chain, link by link; the PDF against the SHA-256 it was registered with, which every event's
     * hash covers and the sending event names with the size; then each signer's row and the
     * document's status against what the events say happened to them. A row changed behind the
     * platform's back shows as the first part that no longer agrees.
     */
    public IntegrityCheck checkIntegrity() {
        IntegrityCheck.Problem chain = null;
        int at = 1;
        String previous = SigningEvent.GENESIS;
        for (SigningEvent event : events) {
            if (event.getSequence() != at) {
                chain = IntegrityCheck.Problem.GAP;
            } else if (!previous.equals(event.getPreviousHash())) {
                chain = IntegrityCheck.Problem.LINK;
            } else if (!event.computeHash(sha256).equals(event.getHash())) {
                chain = IntegrityCheck.Problem.CONTENT;
            }
            if (chain != null) {
                return IntegrityCheck.broken(events.size(), chain, at);
            }
            previous = event.getHash();
            at++;
        }
        if (!previous.equals(chainHead)) {
            return IntegrityCheck.broken(events.size(), IntegrityCheck.Problem.HEAD, at);
        }
        if (pdf.length != pdfSize || !Sha256.of(pdf).equals(sha256)) {
            return IntegrityCheck.broken(events.size(), IntegrityCheck.Problem.PDF_ALTERED, null);
        }
        if (events.isEmpty() || events.get(0).getType() != SigningEventType.SENT
                || !events.get(0).getDetail().startsWith(sentFacts(sha256, pdfSize))) {
            return IntegrityCheck.broken(events.size(), IntegrityCheck.Problem.NOT_AS_SENT, 1);
        }
        return checkSignersAndStatus();
    }

    /** Replays the events over the signers and the status; the chain is known whole here. */
    private IntegrityCheck checkSignersAndStatus() {
        if (!events.get(0).getDetail().equals(sentFacts(sha256, pdfSize) + signers.size() + " signers")) {
            return IntegrityCheck.broken(events.size(), IntegrityCheck.Problem.SIGNER_COUNT, null);
        }
        SigningEvent[] acts = new SigningEvent[signers.size()];
        SigningEvent closing = null;
        int signed = 0;
        for (SigningEvent event : events) {
            SigningEventType type = event.getType();
            if (type == SigningEventType.SIGNED || type == SigningEventType.DECLINED) {
                Integer position = event.getSignerPosition();
                if (position == null || position < 1 || position > acts.length) {
                    return IntegrityCheck.broken(events.size(), IntegrityCheck.Problem.SIGNER_COUNT, null);
                }
                if (acts[position - 1] != null) {
                    return IntegrityCheck.broken(events.size(), IntegrityCheck.Problem.SIGNER, position);
                }
                acts[position - 1] = event;
                signed += type == SigningEventType.SIGNED ? 1 : 0;
            }
            if (type == SigningEventType.DECLINED || type == SigningEventType.SUPERSEDED
                    || type == SigningEventType.SIGNED && signed == signers.size()) {
                closing = event;
            }
        }
        for (int i = 0; i < signers.size(); i++) {
            if (!agreesWith(signers.get(i), i + 1, acts[i])) {
                return IntegrityCheck.broken(events.size(), IntegrityCheck.Problem.SIGNER, i + 1);
            }
        }
        SignedDocumentStatus expected = closing == null
                ? signed == 0 ? SignedDocumentStatus.AWAITING_SIGNATURES : SignedDocumentStatus.PARTIALLY_SIGNED
                : switch (closing.getType()) {
                    case DECLINED -> SignedDocumentStatus.DECLINED;
                    case SUPERSEDED -> SignedDocumentStatus.SUPERSEDED;
                    default -> SignedDocumentStatus.SIGNED;
                };
        Instant closed = closedAt == null ? null : closedAt.truncatedTo(ChronoUnit.MILLIS);
        if (status != expected || !Objects.equals(closed, closing == null ? null : closing.getOccurredAt())) {
            return IntegrityCheck.broken(events.size(), IntegrityCheck.Problem.STATUS, null);
        }
        return IntegrityCheck.intact(events.size());
    }

    /**
     * Whether a signer's row says what the event of their signature or decline recorded (or, without
     * one, that they have done nothing): status, time, where it came from, and the signature or the
     * reason itself, as the event's detail wrote it, with nothing of the other act beside it. The names
     * in the detail are left out: a person or an institution can be renamed since.
     */
    private boolean agreesWith(Signer signer, int position, SigningEvent act) {
        if (signer.getPosition() != position) {
            return false;
        }
        if (act == null) {
            return signer.getStatus() == SignerStatus.WAITING && signer.getActedAt() == null && signer.getTypedName() == null
                    && signer.getDrawnSignature() == null && signer.getDocumentHash() == null && signer.getDeclineReason() == null;
        }
        if (!act.getOccurredAt().equals(signer.getActedAt()) || !Objects.equals(act.getClientAddress(), signer.getClientAddress())
                || !Objects.equals(act.getUserAgent(), signer.getUserAgent())) {
            return false;
        }
        if (act.getType() == SigningEventType.DECLINED) {
            return signer.getStatus() == SignerStatus.DECLINED && Objects.equals(act.getDetail(), signer.getDeclineReason())
                    && signer.getTypedName() == null && signer.getDrawnSignature() == null && signer.getDocumentHash() == null;
        }
        return signer.getStatus() == SignerStatus.SIGNED && signer.getDeclineReason() == null && act.getDetail() != null
                && sha256.equals(signer.getDocumentHash())
                && signer.getDrawnSignature() != null && act.getDetail().startsWith(signerFacts(signer))
                && act.getDetail().endsWith(signatureFacts(signer.getTypedName(), signer.getConsentVersion(),
                        signer.getDrawnSignature(), signer.getDocumentHash()));
    }

    /** How the sending event starts: the registered hash and size, then the number of signers. */
    private static String sentFacts(String sha256, int size) {
        return "sha256 " + sha256 + ", " + size + " bytes, ";
    }

    /** How a signature's event starts: the signer's place and role; their name and institution follow. */
    private static String signerFacts(Signer signer) {
        return "signer " + signer.getPosition() + " " + signer.getRole() + " ";
    }

    /** How a signature's event ends: what the signer gave, and the hash they signed. */
    private static String signatureFacts(String typedName, String consentVersion, byte[] drawnSignature, String documentHash) {
        return "typed name \"" + typedName + "\", consent " + consentVersion + ", signature image sha256 "
                + Sha256.of(drawnSignature) + ", document sha256 " + documentHash;
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
        SigningEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        SigningEvent event = new SigningEvent(this, last == null ? 1 : last.getSequence() + 1,
                last == null ? SigningEvent.GENESIS : last.getHash(), type, now, actor, position, detail, clientAddress, userAgent);
        events.add(event);
        chainHead = event.getHash();
    }

    /**
     * The version of the document as its signers read it, which a signature names to be taken on what the signer read:
     * the sequence number of the last event that changed it for them (sent, signed, declined, superseded). Reminders
     * and the marks of a signer who cannot act leave it as it is, although they change the document's row (a reminder
     * moves the chain head) and with it its optimistic-lock {@linkplain #getVersion() version}: a signer whose reminder
     * comes while the signing form is open has nothing new to read and must not be made to sign again. Taken from the
     * chain, it needs no column of its own, and each event that changes the document moves it.
     */
    public long getStateVersion() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).getType() != SigningEventType.REMINDED) {
                return events.get(i).getSequence();
            }
        }
        return 0;
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

    /**
     * The accounts the document has reached, in their order: who signed it or was asked to; those still to be asked
     * were never told of it. For telling them that nobody will sign it any more.
     */
    public Set<UserAccount> getReached() {
        Set<UserAccount> reached = new LinkedHashSet<>();
        signers.stream().filter(s -> s.getTurnSince() != null).map(Signer::getAccount).forEach(reached::add);
        return reached;
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
