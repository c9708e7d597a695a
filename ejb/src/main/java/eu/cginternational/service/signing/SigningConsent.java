package eu.cginternational.service.signing;

import eu.cginternational.service.config.Texts;
import java.io.Serializable;
import java.util.Locale;

/**
 * The consent a signer accepts, by version. The text of each version lives in the service bundles
 * under {@code signing.consent.<version>} in the three languages and is never edited: a changed text
 * is a new version, and every signature stores the version it was given under.
 */
public record SigningConsent(String version, String text) implements Serializable {

    /** The version a signer must accept now. */
    public static final String CURRENT_VERSION = "2026-1";

    public static SigningConsent current(Locale locale) {
        return new SigningConsent(CURRENT_VERSION, Texts.format(locale, "signing.consent." + CURRENT_VERSION));
    }
}
