package eu.cginternational.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must satisfy: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH}, not one of the commonly used passwords, and not containing the username.
 * Length beats character classes (NIST SP 800-63B), so no "one digit, one capital" rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = loadCommonPasswords();

    /** Why a password was refused; each value is also a message key. */
    public enum Violation {
        TOO_SHORT, TOO_LONG, TOO_COMMON, CONTAINS_USERNAME
    }

    private PasswordPolicy() {
    }

    /** The first rule the password breaks, or empty when it is acceptable. */
    public static Optional<Violation> check(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of(Violation.TOO_COMMON);
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Violation.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the domain module");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
