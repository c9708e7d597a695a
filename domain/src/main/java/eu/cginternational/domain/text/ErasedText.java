package eu.cginternational.domain.text;

/**
 * What a text a person wrote becomes once their account is anonymised, where the record must keep a text: their
 * words go, the record and the fact that they wrote stay. A dash reads the same in every language of the platform.
 */
public final class ErasedText {

    public static final String MARK = "—";

    private ErasedText() {
    }

    /** The text with every occurrence of the name replaced by the pseudonym; null stays null. */
    public static String renamed(String text, String name, String pseudonym) {
        return text == null || name == null || name.isBlank() ? text : text.replace(name, pseudonym);
    }
}
