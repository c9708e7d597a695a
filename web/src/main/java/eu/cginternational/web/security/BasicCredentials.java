package eu.cginternational.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic credentials verified lately, so that an API client's calls do not each cost a PBKDF2 verification, a
 * locked account row and a sign-in in the audit log: for {@link #LIFETIME} after a sign-in, the same username and
 * password are the caller found then, as long as the account check of the sessions lets that caller continue (a
 * password change, a deactivation or other roles end it at once). Nothing here reveals a password: the entries are
 * found by an HMAC of username and password under a key made at start, which never leaves the memory.
 */
@ApplicationScoped
public class BasicCredentials {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    /** Beyond this many entries, those run out are swept at the next sign-in. */
    private static final int SWEEP_ABOVE = 1_000;

    private record Entry(SignedInCaller caller, Instant until) {
    }

    private final SecretKeySpec key;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public BasicCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The caller that signed in with this username and password within the lifetime. */
    Optional<SignedInCaller> find(String username, String password, Instant now) {
        return Optional.ofNullable(entries.get(keyOf(username, password)))
                .filter(entry -> now.isBefore(entry.until()))
                .map(Entry::caller);
    }

    void remember(String username, String password, SignedInCaller caller, Instant now) {
        if (entries.size() > SWEEP_ABOVE) {
            entries.values().removeIf(entry -> !now.isBefore(entry.until()));
        }
        entries.put(keyOf(username, password), new Entry(caller, now.plus(LIFETIME)));
    }

    /** A username holds no colon (HTTP Basic splits at the first), so the pair is read back one way only. */
    String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
