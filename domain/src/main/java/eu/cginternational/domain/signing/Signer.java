package eu.cginternational.domain.signing;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One signer slot of a document, in its place in the signing order: who signs, in which capacity
 * and for which institution, and once done, the signature (typed name, drawn image, accepted
 * consent version, time, address, browser, the document hash) or the reason of a decline. Only its
 * document changes it; its changes are guarded by the document's lock.
 */
@Entity
@Table(name = "document_signer")
public class Signer implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TYPED_NAME_MAXLENGTH = 150;
    public static final int REASON_MAXLENGTH = 2000;
    public static final int CONSENT_VERSION_MAXLENGTH = 20;
    /** The largest drawn signature kept, in bytes of PNG. */
    public static final int SIGNATURE_MAX_BYTES = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private SignedDocument document;

    /** The place in the signing order, from 1. */
    @Column(name = "signing_order", nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_role", nullable = false, updatable = false, length = 30)
    private SignerRole role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SignerStatus status = SignerStatus.WAITING;

    /** Since when it is this signer's turn; null while an earlier signer has not signed. */
    @Column(name = "turn_since")
    private Instant turnSince;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** How many reminders were sent to this signer. */
    @Column(name = "reminders", nullable = false)
    private int reminders;

    /**
     * When the sender (or whoever was told in their place) learnt that this signer, whose turn it is, can no longer
     * sign nor decline; null while they can, and again once they can after all, so that losing it anew is told anew.
     */
    @Column(name = "cannot_act_told_at")
    private Instant cannotActToldAt;

    @Column(name = "acted_at")
    private Instant actedAt;

    @Column(name = "client_address", length = SigningEvent.ADDRESS_MAXLENGTH)
    private String clientAddress;

    @Column(name = "user_agent", length = SigningEvent.AGENT_MAXLENGTH)
    private String userAgent;

    @Column(name = "typed_name", length = TYPED_NAME_MAXLENGTH)
    private String typedName;

    // Not a lazy basic: loading an unfetched attribute through EclipseLink's fetch groups refreshes
    // the entity and drops changes made before it in the same transaction.
    @Lob
    @Column(name = "drawn_signature")
    private byte[] drawnSignature;

    @Column(name = "consent_version", length = CONSENT_VERSION_MAXLENGTH)
    private String consentVersion;

    @Column(name = "document_hash", length = Sha256.HEX_LENGTH)
    private String documentHash;

    @Column(name = "decline_reason", length = REASON_MAXLENGTH)
    private String declineReason;

    protected Signer() {
        // for JPA
    }

    Signer(SignedDocument document, int position, UserAccount account, SignerRole role, Institution institution) {
        this.document = document;
        this.position = position;
        this.account = Objects.requireNonNull(account, "account");
        this.role = Objects.requireNonNull(role, "role");
        this.institution = Objects.requireNonNull(institution, "institution");
    }

    void takeTurn(Instant now) {
        turnSince = now;
    }

    void sign(SignatureMark mark, Instant now) {
        status = SignerStatus.SIGNED;
        actedAt = now.truncatedTo(ChronoUnit.MILLIS);
        typedName = mark.typedName();
        drawnSignature = mark.drawnSignature();
        consentVersion = mark.consentVersion();
        documentHash = mark.documentHash();
        clientAddress = SigningEvent.cut(mark.clientAddress(), SigningEvent.ADDRESS_MAXLENGTH);
        userAgent = SigningEvent.cut(mark.userAgent(), SigningEvent.AGENT_MAXLENGTH);
    }

    void decline(String reason, Instant now, String address, String agent) {
        status = SignerStatus.DECLINED;
        actedAt = now.truncatedTo(ChronoUnit.MILLIS);
        declineReason = reason;
        clientAddress = SigningEvent.cut(address, SigningEvent.ADDRESS_MAXLENGTH);
        userAgent = SigningEvent.cut(agent, SigningEvent.AGENT_MAXLENGTH);
    }

    void remind(Instant now) {
        remindedAt = now;
        reminders++;
    }

    /** Records that whoever must hear of it is told now that the signer cannot act; false when they were told already. */
    boolean tellCannotAct(Instant now) {
        if (cannotActToldAt != null) {
            return false;
        }
        cannotActToldAt = now;
        return true;
    }

    void canActAgain() {
        cannotActToldAt = null;
    }

    /**
     * Whether the signer's turn (or their last reminder) is at least the interval ago, whatever the reminders sent: when
     * a reminder would be due, or, once they are used up, from then on. The reminder run looks at the signer then.
     */
    public boolean isDue(Instant now, Duration interval) {
        if (status != SignerStatus.WAITING || turnSince == null) {
            return false;
        }
        Instant last = remindedAt == null ? turnSince : remindedAt;
        return !now.isBefore(last.plus(interval));
    }

    /** Whether the signer is due a reminder: {@link #isDue}, below the cap of reminders sent. */
    public boolean needsReminder(Instant now, Duration interval, int maxReminders) {
        return reminders < maxReminders && isDue(now, interval);
    }

    public Long getId() {
        return id;
    }

    public SignedDocument getDocument() {
        return document;
    }

    public int getPosition() {
        return position;
    }

    public UserAccount getAccount() {
        return account;
    }

    public SignerRole getRole() {
        return role;
    }

    public Institution getInstitution() {
        return institution;
    }

    public SignerStatus getStatus() {
        return status;
    }

    public boolean isSigned() {
        return status == SignerStatus.SIGNED;
    }

    public Instant getTurnSince() {
        return turnSince;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public int getReminders() {
        return reminders;
    }

    public Instant getCannotActToldAt() {
        return cannotActToldAt;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getTypedName() {
        return typedName;
    }

    public byte[] getDrawnSignature() {
        return drawnSignature == null ? null : drawnSignature.clone();
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public String getDocumentHash() {
        return documentHash;
    }

    public String getDeclineReason() {
        return declineReason;
    }
}
