package eu.cginternational.service.signing;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.IntegrityCheck;
import eu.cginternational.domain.signing.Sha256;
import eu.cginternational.domain.signing.SignatureMark;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.domain.signing.SignerSlot;
import eu.cginternational.domain.signing.SignerStatus;
import eu.cginternational.domain.signing.SigningEvent;
import eu.cginternational.domain.signing.SigningRuleException;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.account.Passwords;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.config.RequestOrigin;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The one signing engine of the platform, used by partnership agreements and learning agreements.
 * Every method runs in the caller's transaction, so an owner's step ("send version 3", "the
 * agreement becomes active") and the engine's commit or roll back together.
 *
 * <p>Sending freezes the PDF once with its SHA-256. Signing is one transaction on the document row,
 * locked for writing, so two signers (or two tabs of one) signing at once are serialised: the second
 * sees the first's signature and is refused if it is no longer their turn. A signature and a decline must name
 * the version the signer saw ({@link SignedDocument#getStateVersion}, which the reminder run's bookkeeping leaves as
 * it is), else they are incomplete. Before a signature the engine then checks, in this order: the caller is a signer
 * (a person who is not is refused as such), that version, then the document is open and it is the caller's turn,
 * the signer may still act: an active account the owner still lets act ({@link DocumentOwners#mayAct}), the input
 * (consent to the current text, typed name, a drawn signature that is a real PNG with ink), the account is not
 * locked, and the password. The version comes before the document's rules: whoever acts on a page that is no longer
 * the document as it stands (signed, declined or superseded since) is told that it changed meanwhile and to read it
 * again, not what the change made of it. A decline is checked for signer, version and whether the signer may still
 * act, then its reason and the document's rules. A
 * wrong password is audited and counted toward the lock in a transaction of its own, then refused. After each
 * signature or decline {@link SigningProgress} is fired synchronously for the owner, and the next signer, the
 * sender or everyone is told.
 *
 * <p>Owners check their own scope before {@link #send} and {@link #supersede}; reads here apply
 * the owner's rule ({@link DocumentOwner#mayRead}: whoever may read the subject), the engine's own
 * ({@link SigningAccess}) for a document nobody owns; verification is public.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
        Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
public class SigningEngine {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String PNG_DATA_URL = "data:image/png;base64,";
    /** The largest drawn signature accepted, in pixels: the pad's canvas with a wide margin. */
    static final int SIGNATURE_MAX_WIDTH = 2000;
    static final int SIGNATURE_MAX_HEIGHT = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    Passwords passwords;

    @Inject
    SigningPasswords failures;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    RequestOrigin origin;

    @Inject
    SigningNotices notices;

    @Inject
    AuditCertificates certificates;

    @Inject
    Event<SigningProgress> progress;

    @Inject
    DocumentOwners owners;

    // Sending and replacing ---------------------------------------------------------------------------

    /** Freezes the PDF for signature by the signers in their order, under a file name made from kind and subject. */
    public SignedDocument send(DocumentKind kind, long subjectId, String title, byte[] pdf, List<SignerSlot> signers) {
        String fileName = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + subjectId + ".pdf";
        return send(kind, subjectId, title, new Pdf(fileName, pdf), signers);
    }

    /**
     * Freezes the PDF for signature by the signers in their order and tells the first signer. Refused
     * while another document of the same subject waits for signatures, and for a PDF whose exact
     * bytes are already in the register.
     */
    public SignedDocument send(DocumentKind kind, long subjectId, String title, Pdf pdf, List<SignerSlot> signers) {
        UserAccount caller = callers.getCurrent();
        if (findLatest(kind, subjectId).filter(d -> d.getStatus().isOpen()).isPresent()) {
            throw new RejectedException("signing.already_sent");
        }
        byte[] content = pdf.content();
        if (findBySha256(Sha256.of(content)).isPresent()) {
            throw new RejectedException("signing.already_registered");
        }
        SignedDocument document = ruled(() -> new SignedDocument(kind, subjectId, title, pdf.fileName(), content, signers,
                caller, Instant.now(), origin.getClientAddress(), origin.getUserAgent()));
        em.persist(document);
        flushOrReportConflict(em);
        audit.record(AuditEventType.DOCUMENT_SENT_FOR_SIGNATURE, label(document),
                kind + " " + subjectId + ", sha256 " + document.getSha256() + ", " + signers.size() + " signers");
        notices.turnOf(document);
        return document;
    }

    /** Replaces an open document: nobody can sign it any more. Called by the owner when a newer version is made. */
    public void supersede(long documentId) {
        supersede(documentId, null);
    }

    /** Replaces an open document with the reason (such as "version 3 made"); nothing happens to a closed one. */
    public void supersede(long documentId, String reason) {
        SignedDocument document = locked(documentId);
        if (!document.getStatus().isOpen()) {
            return;
        }
        document.supersede(callers.getCurrent().getUsername(), reason, Instant.now());
        flushOrReportConflict(em);
        audit.record(AuditEventType.DOCUMENT_SUPERSEDED, label(document), reason);
    }

    // Signing -------------------------------------------------------------------------------------------

    /**
     * Signs the document as the caller. {@code expectedDocumentVersion} is the {@linkplain
     * SignedDocument#getStateVersion() state version} of the document the signer saw, required as a decline's: a
     * document that changed since (signed, declined or superseded) is refused as a concurrent change, before its rules
     * would refuse it as declined or superseded. A reminder or a mark that the signer cannot act, recorded since,
     * changes nothing they read and refuses nothing, though it moved the row's optimistic-lock version.
     */
    public SignedDocument sign(long documentId, Long expectedDocumentVersion, SignatureInput input) {
        validator.validate(new VersionSeen(expectedDocumentVersion));
        if (input == null) {
            throw validator.invalid("password", "signing.password.required");
        }
        UserAccount caller = callers.getCurrent();
        SignedDocument document = locked(documentId);
        requireSigner(caller, document);
        requireUnchanged(document, expectedDocumentVersion);
        requireEntitled(ruled(() -> document.requireTurnOf(caller)));
        validator.validate(input);
        if (!SigningConsent.CURRENT_VERSION.equals(input.consentVersion())) {
            throw validator.invalid("consentVersion", "signing.consent.outdated");
        }
        byte[] png = drawnSignature(input.drawnSignature());
        Instant now = Instant.now();
        if (caller.isLockedAt(now)) {
            throw new RejectedException("signing.account_locked");
        }
        if (!passwords.matches(input.password().toCharArray(), caller.getPasswordHash())) {
            boolean lockedNow = failures.recordFailure(caller.getId(), documentId);
            throw new RejectedException(lockedNow ? "signing.account_locked" : "signing.password_wrong");
        }
        String address = input.clientAddress() != null ? input.clientAddress() : origin.getClientAddress();
        String agent = input.userAgent() != null ? input.userAgent() : origin.getUserAgent();
        SignatureMark mark = new SignatureMark(input.typedName().strip(), png, input.consentVersion(), address, agent,
                document.getSha256());
        SignedDocumentStatus status = ruled(() -> document.sign(caller, mark, now));
        flushOrReportConflict(em);
        Signer signer = document.signerOf(caller).orElseThrow();
        audit.record(AuditEventType.DOCUMENT_SIGNED, label(document),
                "signer " + signer.getPosition() + " of " + document.getSigners().size() + " (" + signer.getRole() + ")");
        progress.fire(new SigningProgress(document.getKind(), document.getSubjectId(), document.getId(), status, null));
        if (status == SignedDocumentStatus.SIGNED) {
            notices.completed(document);
        } else {
            notices.turnOf(document);
        }
        return document;
    }

    /**
     * Declines the document as a named signer who has not signed yet, with the reason; the document closes.
     * {@code expectedDocumentVersion} is the {@linkplain SignedDocument#getStateVersion() state version} the signer
     * saw, required as a decline ends the document for everyone: one that changed since (signed by another, declined,
     * or superseded by a newer version or a withdrawal) is refused as a concurrent change, before its rules.
     */
    public SignedDocument decline(long documentId, Long expectedDocumentVersion, String reason) {
        validator.validate(new VersionSeen(expectedDocumentVersion));
        UserAccount caller = callers.getCurrent();
        SignedDocument document = locked(documentId);
        requireSigner(caller, document);
        requireUnchanged(document, expectedDocumentVersion);
        requireEntitled(document.signerOf(caller).orElseThrow());
        validator.validate(new DeclineReason(reason));
        ruled(() -> {
            document.decline(caller, reason, Instant.now(), origin.getClientAddress(), origin.getUserAgent());
            return document;
        });
        flushOrReportConflict(em);
        Signer signer = document.signerOf(caller).orElseThrow();
        audit.record(AuditEventType.DOCUMENT_DECLINED, label(document), signer.getDeclineReason());
        progress.fire(new SigningProgress(document.getKind(), document.getSubjectId(), document.getId(),
                SignedDocumentStatus.DECLINED, signer.getDeclineReason()));
        notices.declined(document, signer);
        return document;
    }

    /** The version of the document a signature or a decline is based on: it must say which it saw. */
    record VersionSeen(@NotNull(message = "{signing.version.required}") Long version) {
    }

    /** Why a signer declines: required, plain text, bounded. */
    record DeclineReason(
            @NotBlank(message = "{signing.reason.required}")
            @Size(max = Signer.REASON_MAXLENGTH, message = "{signing.reason.too_long}") @PlainParagraphs String reason) {
    }

    // Reading -------------------------------------------------------------------------------------------

    /**
     * A document the caller may read, with its signers and events. One the caller may not read does
     * not exist for them: the same answer as an unknown number, so that nobody learns which exist.
     */
    public SignedDocument get(long documentId) {
        SignedDocument document = em.find(SignedDocument.class, documentId);
        if (document == null || !readable(document)) {
            throw new NotFoundException("signing.not_found", documentId);
        }
        return loaded(document);
    }

    /**
     * Whether the caller may read the document, as {@link #get(long)} decides; for a page that shows a
     * document's panel only to those who may read it.
     */
    public boolean mayRead(long documentId) {
        SignedDocument document = em.find(SignedDocument.class, documentId);
        return document != null && readable(document);
    }

    private boolean readable(SignedDocument document) {
        return owners.mayRead(callers.getCurrent(), document);
    }

    /**
     * The newest document of an owner's subject, with its signers and events, whatever its status.
     * For owners, who have checked the caller's access to the subject; not for anything else.
     */
    @PermitAll
    public Optional<SignedDocument> findLatest(DocumentKind kind, long subjectId) {
        return em.createNamedQuery("SignedDocument.ofSubject", SignedDocument.class)
                .setParameter("kind", kind)
                .setParameter("subjectId", subjectId)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .map(SigningEngine::loaded);
    }

    /** Whether it is the caller's turn to sign this document now, and its owner still lets them sign. */
    public boolean isCallersTurn(SignedDocument document) {
        return document.getCurrentSigner().filter(s -> s.getAccount().equals(callers.getCurrent())).filter(this::entitled)
                .isPresent();
    }

    /**
     * Whether the caller is a named signer who has not signed this open document yet, and whom its owner still lets
     * act (and so may decline it).
     */
    public boolean mayDecline(SignedDocument document) {
        return document.getStatus().isOpen() && document.signerOf(callers.getCurrent())
                .filter(s -> s.getStatus() == SignerStatus.WAITING).filter(this::entitled).isPresent();
    }

    /** The frozen PDF, byte for byte as it was sent. */
    public Pdf pdf(long documentId) {
        SignedDocument document = get(documentId);
        return new Pdf(document.getFileName(), document.getPdf());
    }

    /**
     * The audit certificate: the document, every signer, every event with its hashes, the integrity check; its moments
     * on the clock of the document's PDF ({@link DocumentOwner#clock}).
     */
    public Pdf auditCertificate(long documentId) {
        SignedDocument document = get(documentId);
        return certificates.of(document, document.checkIntegrity(), owners.clock(document), callers.currentLocale());
    }

    /** The events of a document in order. */
    public List<SigningEvent> events(long documentId) {
        return get(documentId).getEvents();
    }

    /** Checks the document's stored record against itself: PDF, event chain, signers and status. */
    public IntegrityCheck checkIntegrity(long documentId) {
        return get(documentId).checkIntegrity();
    }

    /** The consent text a signer accepts now, in the caller's language. */
    @PermitAll
    public SigningConsent consent() {
        return SigningConsent.current(callers.currentLocale());
    }

    /** The consent text a signer accepts now, in the given language. */
    @PermitAll
    public SigningConsent consent(Locale locale) {
        return SigningConsent.current(locale);
    }

    // The signer's inbox ----------------------------------------------------------------------------------

    /**
     * The signer slots whose turn it is for the caller, oldest turn first: "waiting for my signature". A slot on which
     * the caller may no longer act ({@link DocumentOwners#mayAct}: the account lost the role it signs by) is no longer
     * theirs to sign and is left out, in the database, of the page and the count alike; the sender learns of it from
     * the reminders ({@link SigningReminders}).
     */
    public Page<Signer> inbox(PageRequest request) {
        return new Page<>(inboxItems(request), inboxCount());
    }

    public List<Signer> inboxItems(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Signer> query = cb.createQuery(Signer.class);
        Root<Signer> slot = query.from(Signer.class);
        slot.fetch("document");
        query.select(slot).where(inbox(slot, query, cb)).orderBy(cb.asc(slot.get("turnSince")), cb.asc(slot.get("id")));
        List<Signer> items = em.createQuery(query)
                .setFirstResult(request.offset())
                .setMaxResults(request.limit())
                .getResultList();
        items.forEach(s -> {
            s.getDocument().getSentBy().getFullName();
            s.getInstitution().getName();
        });
        return items;
    }

    public long inboxCount() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Signer> slot = query.from(Signer.class);
        query.select(cb.count(slot)).where(inbox(slot, query, cb));
        return em.createQuery(query).getSingleResult();
    }

    /** The caller's slots of open documents whose turn has come and on which they may still act. */
    private Predicate inbox(Root<Signer> slot, AbstractQuery<?> query, CriteriaBuilder cb) {
        UserAccount caller = callers.getCurrent();
        return cb.and(cb.equal(slot.get("account"), caller),
                cb.equal(slot.get("status"), SignerStatus.WAITING),
                cb.isNotNull(slot.get("turnSince")),
                slot.get("document").get("status").in(SignedDocumentStatus.AWAITING_SIGNATURES,
                        SignedDocumentStatus.PARTIALLY_SIGNED),
                owners.mayActOn(slot, query, cb));
    }

    // Public verification -------------------------------------------------------------------------------

    /** Whether these exact PDF bytes are a document of the register; anyone may ask. */
    @PermitAll
    public Optional<Verification> verify(byte[] pdf) {
        return pdf == null || pdf.length == 0 ? Optional.empty() : verifySha256(Sha256.of(pdf));
    }

    /** Whether a document of the register has this SHA-256 (hex, any case); anyone may ask. */
    @PermitAll
    public Optional<Verification> verifySha256(String sha256) {
        String hash = Sha256.normalise(sha256);
        if (hash == null) {
            throw validator.invalid("sha256", "signing.verify.not_a_hash");
        }
        return findBySha256(hash).map(SigningEngine::loaded).map(Verification::of);
    }

    // Helpers -----------------------------------------------------------------------------------------------

    private Optional<SignedDocument> findBySha256(String sha256) {
        return em.createNamedQuery("SignedDocument.bySha256", SignedDocument.class)
                .setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    /** The document, its row locked for writing until the transaction ends: signatures on it are serialised. */
    private SignedDocument locked(long documentId) {
        SignedDocument document = em.find(SignedDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        if (document == null) {
            throw new NotFoundException("signing.not_found", documentId);
        }
        return loaded(document);
    }

    private void requireSigner(UserAccount caller, SignedDocument document) {
        if (document.signerOf(caller).isEmpty()) {
            audit.recordAccessDenied(label(document));
            throw new AccessDeniedException();
        }
    }

    /** Refuses a signature or decline based on a version of the document other than its state version now. */
    private static void requireUnchanged(SignedDocument document, long expectedDocumentVersion) {
        if (expectedDocumentVersion != document.getStateVersion()) {
            throw new ConcurrentChangeException();
        }
    }

    /**
     * Refuses a named signer whom the document's owner no longer lets act, such as one who no longer holds the role
     * that signs for their institution: audited as a denied access, and nothing changes.
     */
    private void requireEntitled(Signer signer) {
        if (!entitled(signer)) {
            audit.recordAccessDenied(label(signer.getDocument()));
            throw new RejectedException("signing.signer_not_entitled", signer.getInstitution().getName());
        }
    }

    private boolean entitled(Signer signer) {
        return owners.mayAct(signer);
    }

    /** Everything the pages, the API and the certificate show, loaded while the transaction lasts. */
    private static SignedDocument loaded(SignedDocument document) {
        document.getSentBy().getFullName();
        document.getSigners().forEach(s -> {
            s.getAccount().getFullName();
            s.getInstitution().getCountry().getCode();
        });
        document.getEvents().size();
        return document;
    }

    /**
     * The drawn signature as PNG bytes: a PNG (data URL or bare base64) of at most
     * {@value Signer#SIGNATURE_MAX_BYTES} bytes, of at most {@value #SIGNATURE_MAX_WIDTH} by
     * {@value #SIGNATURE_MAX_HEIGHT} pixels, that decodes as an image with at least some ink. The size
     * is read from the header before the image is decoded: a few compressed kilobytes can declare
     * hundreds of millions of pixels, which decoding and the search for ink would hold in memory and
     * walk one by one. The pad ({@code .cg-signature-pad}, 420 by 160 CSS pixels) gives far less, even
     * on a screen of three device pixels per CSS pixel.
     */
    static byte[] drawnSignature(String given, InputValidator validator) {
        String data = given.strip();
        if (data.startsWith("data:")) {
            if (!data.startsWith(PNG_DATA_URL)) {
                throw validator.invalid("drawnSignature", "signing.signature.not_png");
            }
            data = data.substring(PNG_DATA_URL.length());
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw validator.invalid("drawnSignature", "signing.signature.not_png");
        }
        if (bytes.length > Signer.SIGNATURE_MAX_BYTES) {
            throw validator.invalid("drawnSignature", "signing.signature.too_large", Signer.SIGNATURE_MAX_BYTES / 1000);
        }
        if (bytes.length < PNG_MAGIC.length || !Arrays.equals(PNG_MAGIC, Arrays.copyOf(bytes, PNG_MAGIC.length))) {
            throw validator.invalid("drawnSignature", "signing.signature.not_png");
        }
        BufferedImage image;
        try {
            image = withinPadSize(bytes) ? ImageIO.read(new ByteArrayInputStream(bytes)) : null;
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw validator.invalid("drawnSignature", "signing.signature.not_png");
        }
        if (!hasInk(image)) {
            throw validator.invalid("drawnSignature", "signing.signature.required");
        }
        return bytes;
    }

    /** Whether the PNG's header declares a size a signature pad can give; read without decoding the pixels. */
    private static boolean withinPadSize(byte[] png) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 && width <= SIGNATURE_MAX_WIDTH && height <= SIGNATURE_MAX_HEIGHT;
            } finally {
                reader.dispose();
            }
        }
    }

    private byte[] drawnSignature(String given) {
        return drawnSignature(given, validator);
    }

    /** Whether some pixel is visible and not near white: an empty pad gives a blank or transparent image. */
    private static boolean hasInk(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int red = (argb >> 16) & 0xff;
                int green = (argb >> 8) & 0xff;
                int blue = argb & 0xff;
                if (alpha > 32 && (red < 200 || green < 200 || blue < 200)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String label(SignedDocument document) {
        return "signed document " + document.getId();
    }

    /** Runs a step of the document and turns a broken rule into a refusal ({@code signing.rule.NAME}). */
    private static <T> T ruled(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (SigningRuleException e) {
            throw new RejectedException("signing.rule." + e.getRule().name(), e.getArguments());
        }
    }
}
