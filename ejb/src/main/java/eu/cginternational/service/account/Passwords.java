package eu.cginternational.service.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256 (OWASP 2023: at least 600,000
 * iterations). Each hash carries its own algorithm, iterations and salt, so raising
 * {@code cg.password.iterations} later keeps old hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_ITERATIONS = 600_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "cg.password.iterations", defaultValue = "600000")
    int iterations;

    /** Verified against when the username is unknown, so that the answer takes as long as for a known one. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(Math.max(MIN_ITERATIONS, iterations)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-matches".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /** The hash of a random password nobody knows, for a new account whose owner chooses theirs by an e-mailed link. */
    public String unknownPasswordHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return hash(Base64.getEncoder().encodeToString(bytes).toCharArray());
    }

    public boolean matches(char[] password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password, storedHash);
    }

    /** Spends the time of one verification without a stored hash to compare against. */
    public void verifyNothing(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
