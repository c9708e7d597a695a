package eu.cginternational.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time permission to set a new password, sent by e-mail. Only the SHA-256 of the token is
 * stored here, so this table does not let anyone reset a password. The e-mail that carries the link
 * keeps its body in the outbox only until it is sent or given up.
 */
@Entity
@Table(name = "password_reset_token")
@NamedQuery(name = "PasswordResetToken.byHash", query = "SELECT t FROM PasswordResetToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "PasswordResetToken.openOf", query = "SELECT t FROM PasswordResetToken t WHERE t.account = :account AND t.usedAt IS NULL")
@NamedQuery(name = "PasswordResetToken.issuedSince",
        query = "SELECT COUNT(t) FROM PasswordResetToken t WHERE t.account = :account AND t.createdAt > :since")
public class PasswordResetToken {

    /** How long a reset link from the "forgot password" form works. */
    public static final Duration VALIDITY = Duration.ofHours(1);

    /**
     * How many links an account gets within one {@link #VALIDITY}, the welcome link included: the form is public, and
     * without a limit anyone could fill a person's mailbox with links.
     */
    public static final int LINKS_PER_VALIDITY = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordResetToken() {
        // for JPA
    }

    public PasswordResetToken(String tokenHash, UserAccount account, Instant now, Duration validity) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.account = Objects.requireNonNull(account);
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; a token is good for one password change only. */
    public void use(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("The reset token is used or expired");
        }
        usedAt = now;
    }

    /** Retires the token without a password change, when a newer one is issued. */
    public void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
