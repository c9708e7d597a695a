package eu.cginternational.domain.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 as 64 lower-case hex digits, the form every hash of the signing register takes. */
public final class Sha256 {

    public static final int HEX_LENGTH = 64;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash as written by a person (any case, surrounding blanks), or null when it is not a SHA-256 in hex. */
    public static String normalise(String given) {
        if (given == null) {
            return null;
        }
        String hex = given.strip().toLowerCase(Locale.ROOT);
        return HEX.matcher(hex).matches() ? hex : null;
    }
}
