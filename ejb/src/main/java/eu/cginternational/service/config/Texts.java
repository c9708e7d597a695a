package eu.cginternational.service.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the services produce themselves (e-mails, single validation messages), from the bundle
 * {@code eu.cginternational.service.ServiceTexts} in the reader's language.
 */
public final class Texts {

    private static final String BUNDLE = "eu.cginternational.service.ServiceTexts";

    private Texts() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
