package eu.cginternational.domain.guidance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable full-text search of the library. Derby has no full-text index, so each resource
 * keeps a search text: its words folded to lower case without accents ("Shkollë" → "shkolle",
 * "Čačak" → "cacak"), separated by single spaces, with a space before and after. A query is folded
 * the same way and split into words; a resource matches when every word occurs in its search text
 * ({@code LOCATE(word, search_text) > 0} per word, ANDed), which runs on Derby and PostgreSQL alike.
 * A word matches as a prefix of a word too, so "mentor" finds "mentoring". Markup and character references
 * ({@code &amp;}, {@code &nbsp;}) are not words: a search for "amp" does not find every text with an ampersand.
 */
public final class SearchText {

    public static final int MAXLENGTH = 4000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    /** A character reference: decimal, hexadecimal or named, with its closing semicolon. */
    private static final Pattern REFERENCES = Pattern.compile("&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]{1,31}));");
    /** The named references a sanitised or pasted text carries; the sanitiser itself writes only amp, lt, gt and numbers. */
    private static final Map<String, String> NAMED_REFERENCES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("shy", "\u00AD"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"), Map.entry("euro", "\u20AC"));
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_QUERY_WORDS = 8;

    private SearchText() {
    }

    /**
     * The search text of the given parts (markup is dropped, character references read as the characters they stand
     * for), at most {@value #MAXLENGTH} characters.
     */
    public static String of(String... parts) {
        String joined = String.join(" ", Arrays.stream(parts)
                .map(p -> p == null ? "" : decodeReferences(TAGS.matcher(p).replaceAll(" "))).toList());
        String folded = " " + fold(joined) + " ";
        if (folded.length() <= MAXLENGTH) {
            return folded;
        }
        String cut = folded.substring(0, MAXLENGTH - 1);
        return cut.substring(0, cut.lastIndexOf(' ') + 1);
    }

    /** The words of a query, folded like the search text, each with its leading space; at most eight. */
    public static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" ")).distinct().limit(MAX_QUERY_WORDS).map(w -> " " + w).toList();
    }

    /**
     * The text with its character references ({@code &amp;}, {@code &nbsp;}, {@code &#39;}, {@code &#x2019;}) replaced
     * by their characters, which are then folded as any other. The sanitiser stores a rich text's {@code &}, quotes and
     * apostrophes as references; read as text they became words of their own ("amp", "nbsp", "39"), which every search
     * for them found. A name not known here, or a number that is no character, is dropped as markup is.
     */
    static String decodeReferences(String text) {
        return REFERENCES.matcher(text).replaceAll(reference -> {
            String character;
            if (reference.group(1) != null || reference.group(2) != null) {
                int codePoint = codePointOf(reference.group(1) != null ? reference.group(1) : reference.group(2),
                        reference.group(1) != null ? 10 : 16);
                character = codePoint > 0 && Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)
                        ? Character.toString(codePoint) : " ";
            } else {
                character = NAMED_REFERENCES.getOrDefault(reference.group(3), " ");
            }
            return Matcher.quoteReplacement(character);
        });
    }

    /** The number of a reference, or -1 when it is beyond any character (and beyond an int). */
    private static int codePointOf(String digits, int radix) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        return significant.length() > 7 ? -1 : Integer.parseInt(significant, radix);
    }

    static String fold(String text) {
        // ß, æ, ø, đ and ł do not decompose; write them out so they meet what people type.
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("đ", "dj").replace("ł", "l"),
                Normalizer.Form.NFD);
        // A soft hyphen only marks where a word may break; it does not part it.
        return SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("").replace("\u00AD", "")).replaceAll(" ").strip();
    }
}
