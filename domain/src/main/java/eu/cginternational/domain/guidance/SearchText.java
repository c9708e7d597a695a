package eu.cginternational.domain.guidance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The portable full-text search of the library. Derby has no full-text index, so each resource
 * keeps a search text: its words folded to lower case without accents ("Shkollë" → "shkolle",
 * "Čačak" → "cacak"), separated by single spaces, with a space before and after. A query is folded
 * the same way and split into words; a resource matches when every word occurs in its search text
 * ({@code LOCATE(word, search_text) > 0} per word, ANDed), which runs on Derby and PostgreSQL alike.
 * A word matches as a prefix of a word too, so "mentor" finds "mentoring".
 */
public final class SearchText {

    public static final int MAXLENGTH = 4000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_QUERY_WORDS = 8;

    private SearchText() {
    }

    /** The search text of the given parts (markup is dropped), at most {@value #MAXLENGTH} characters. */
    public static String of(String... parts) {
        String joined = String.join(" ", Arrays.stream(parts).map(p -> p == null ? "" : TAGS.matcher(p).replaceAll(" ")).toList());
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

    static String fold(String text) {
        // ß, æ, ø, đ and ł do not decompose; write them out so they meet what people type.
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("đ", "dj").replace("ł", "l"),
                Normalizer.Form.NFD);
        return SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip();
    }
}
