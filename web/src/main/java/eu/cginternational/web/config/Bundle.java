package eu.cginternational.web.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The page texts ({@code #{i18n[...]}} in views) for use in Java code. */
public final class Bundle {

    public static final String NAME = "eu.cginternational.web.i18n.messages";

    private Bundle() {
    }

    /** The text of the key in the language, with its placeholders filled; the key itself when missing. */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(NAME, locale, Bundle.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
