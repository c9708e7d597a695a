package eu.cginternational.it.system;

import static eu.cginternational.it.system.Pages.get;
import static eu.cginternational.it.system.Pages.sessionOf;
import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages a person reaches by following links, in Albanian and in Montenegrin, show no English text of the
 * page bundle where the translation says something else; in every language (the coordinator's is English), they show
 * no message pattern left unformatted, link no resource that is missing, and do not fail.
 * A net under "every user-facing string is translated": it found a status left in English.
 */
class TranslationIT {

    private static final int MOST_PAGES = 120;
    private static final int MOST_ADDRESSES_PER_PAGE = 3;
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*\\.xhtml(?:\\?[^\"]*)?)\"");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<script.*?</script>|<style.*?</style>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    /** A bundle's message pattern shown as it is written, placeholder and all: "{0}", "{1,number,integer}". */
    private static final Pattern UNFORMATTED = Pattern.compile("\\{\\d+(?:,[a-z]+(?:,[^}]*)?)?}");
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile("(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "school.kpt, _sq, /school/index.xhtml",
        "teacher.pljevlja, _sr_Latn_ME, /teacher/index.xhtml",
        "student.kpt, _sq, /student/index.xhtml",
        "ministry.me, _sr_Latn_ME, /ministry/index.xhtml",
        "partner.al, _sq, /partner/index.xhtml",
        "coordinator, '', /coordinator/index.xhtml"
    })
    void thePagesOfAPersonAreInTheirLanguage(String username, String languageSuffix, String home) {
        Map<String, String> english = untranslatedIn(languageSuffix);
        String session = sessionOf(username, DEMO_PASSWORD);
        List<String> problems = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        Map<String, Integer> addressesPerPage = new HashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(home));

        while (!toVisit.isEmpty() && visited.size() < MOST_PAGES) {
            String address = toVisit.poll();
            if (!visited.add(address)) {
                continue;
            }
            HttpResponse<String> page = get(address, session);
            if (page.statusCode() >= 500 || page.body().contains("RES_NOT_FOUND")) {
                problems.add(address + ": " + page.statusCode() + (page.body().contains("RES_NOT_FOUND") ? " RES_NOT_FOUND" : ""));
            }
            shownTexts(page.body()).filter(english::containsKey).distinct()
                    .forEach(text -> problems.add(address + ": \"" + text + "\" (" + english.get(text) + ")"));
            shownTexts(page.body()).filter(text -> UNFORMATTED.matcher(text).find()).distinct()
                    .forEach(text -> problems.add(address + ": \"" + text + "\" (a pattern shown unformatted)"));
            LINK.matcher(page.body()).results().map(link -> link.group(1).replace("&amp;", "&"))
                    .filter(link -> addressesPerPage.merge(link.split("\\?")[0], 1, Integer::sum) <= MOST_ADDRESSES_PER_PAGE)
                    .forEach(toVisit::add);
        }

        assertThat(visited).hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /** What a page shows: its text between tags and the attributes a browser shows or reads out. */
    private static Stream<String> shownTexts(String html) {
        String withoutCode = SCRIPT_OR_STYLE.matcher(html).replaceAll("");
        return Stream.concat(TAG.splitAsStream(withoutCode), SHOWN_ATTRIBUTE.matcher(withoutCode).results().map(found -> found.group(1)))
                .map(TranslationIT::unescaped).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static String unescaped(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /**
     * The English texts of the page bundle whose translation differs, by text, with their keys: words, not
     * patterns with {placeholders}, and not names the same in every language.
     */
    private static Map<String, String> untranslatedIn(String languageSuffix) {
        Properties english = Platform.texts("messages", "");
        Properties translated = Platform.texts("messages", languageSuffix);
        return english.stringPropertyNames().stream()
                .filter(key -> !english.getProperty(key).equals(translated.getProperty(key)))
                .filter(key -> english.getProperty(key).matches(".*\\p{Alpha}{3}.*") && !english.getProperty(key).contains("{"))
                .collect(Collectors.toMap(english::getProperty, key -> key, (first, second) -> first));
    }
}
