package eu.cginternational.domain.training;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The verification code printed on a training certificate, such as {@code K7QM-3XWP-9HRT}: three
 * groups of four characters from an alphabet without the look-alikes 0/O, 1/I/L and U/V, so that a
 * code read from paper and typed in again is the same code. Twelve characters of 30 carry about 59
 * random bits: codes cannot be guessed, and the database's unique constraint catches the practically
 * impossible repetition.
 */
public final class CertificateCode {

    /** The characters a code is made of. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** The length of a code with its two dashes. */
    public static final int LENGTH = 14;

    private static final Pattern WELL_FORMED =
            Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    /** A new code from a secure random source. */
    public static String next() {
        return next(RANDOM);
    }

    /** A new code from this source (tests pass a seeded one). */
    public static String next(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as someone typed it, tidied: upper case, spaces and dashes ignored, dashes put back.
     * Empty when the text cannot be a code at all, so that nothing needs to be looked up.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.length() != 12) {
            return Optional.empty();
        }
        String code = plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
        return WELL_FORMED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
