package eu.cginternational.domain.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One event in the life of a signed document, link of a hash chain: it stores the hash of the
 * event before it (64 zeros for the first) and its own hash, the SHA-256 over that previous hash
 * and its canonical content. Altering an event breaks its own hash; removing one breaks the link
 * of the next (or, for the last, the document's head). Never updated once written.
 */
@Entity
@Table(name = "signing_event")
public class SigningEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The "previous hash" of the first event of a document. */
    public static final String GENESIS = "0".repeat(Sha256.HEX_LENGTH);
    public static final int DETAIL_MAXLENGTH = 2000;
    public static final int ADDRESS_MAXLENGTH = 64;
    public static final int AGENT_MAXLENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private SignedDocument document;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 20)
    private SigningEventType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** The username of who acted; null for the platform (a reminder). */
    @Column(name = "actor", updatable = false, length = 100)
    private String actor;

    /** The signer slot the event is about, if any. */
    @Column(name = "signer_position", updatable = false)
    private Integer signerPosition;

    @Column(name = "detail", updatable = false, length = DETAIL_MAXLENGTH)
    private String detail;

    @Column(name = "client_address", updatable = false, length = ADDRESS_MAXLENGTH)
    private String clientAddress;

    @Column(name = "user_agent", updatable = false, length = AGENT_MAXLENGTH)
    private String userAgent;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = Sha256.HEX_LENGTH)
    private String previousHash;

    @Column(name = "event_hash", nullable = false, updatable = false, length = Sha256.HEX_LENGTH)
    private String hash;

    protected SigningEvent() {
        // for JPA
    }

    SigningEvent(SignedDocument document, int sequence, String previousHash, SigningEventType type, Instant occurredAt,
            String actor, Integer signerPosition, String detail, String clientAddress, String userAgent) {
        this.document = document;
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.type = Objects.requireNonNull(type);
        // Milliseconds: what every database keeps, so that the hash recomputes from the stored row.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = actor;
        this.signerPosition = signerPosition;
        this.detail = cut(detail, DETAIL_MAXLENGTH);
        this.clientAddress = cut(clientAddress, ADDRESS_MAXLENGTH);
        this.userAgent = cut(userAgent, AGENT_MAXLENGTH);
        this.hash = computeHash(document.getSha256());
    }

    /**
     * The hash this event must have: SHA-256 over the previous hash and the canonical content, in
     * which every field is written with its length, so that no two contents share a form.
     */
    public String computeHash(String documentSha256) {
        StringBuilder canonical = new StringBuilder(previousHash).append('\n');
        field(canonical, documentSha256);
        field(canonical, String.valueOf(sequence));
        field(canonical, type.name());
        field(canonical, occurredAt.toString());
        field(canonical, actor);
        field(canonical, signerPosition == null ? null : signerPosition.toString());
        field(canonical, detail);
        field(canonical, clientAddress);
        field(canonical, userAgent);
        return Sha256.of(canonical.toString());
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public SignedDocument getDocument() {
        return document;
    }

    public int getSequence() {
        return sequence;
    }

    public SigningEventType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Integer getSignerPosition() {
        return signerPosition;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
