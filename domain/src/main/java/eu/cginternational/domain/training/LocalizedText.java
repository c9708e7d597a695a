package eu.cginternational.domain.training;

import eu.cginternational.domain.account.Language;

/**
 * A text of a self-paced module in the platform's three languages. English is always there; a
 * reader whose language has no text of its own reads the English one.
 */
public record LocalizedText(String en, String sq, String cnr) {

    public LocalizedText {
        en = trimmed(en);
        sq = trimmed(sq);
        cnr = trimmed(cnr);
    }

    public static LocalizedText english(String en) {
        return new LocalizedText(en, null, null);
    }

    /** The text in the language, or the English one when it has none. */
    public String in(Language language) {
        String text = switch (language == null ? Language.EN : language) {
            case SQ -> sq;
            case CNR -> cnr;
            case EN -> en;
        };
        return text == null ? en : text;
    }

    /** Whether English is missing, the text every reader falls back to. */
    public boolean lacksEnglish() {
        return en == null;
    }

    /** Whether any of the three is longer than the given number of characters. */
    public boolean longerThan(int max) {
        return length(en) > max || length(sq) > max || length(cnr) > max;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
