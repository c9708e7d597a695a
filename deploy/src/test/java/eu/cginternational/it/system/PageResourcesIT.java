package eu.cginternational.it.system;

import static eu.cginternational.it.system.Pages.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every script and style sheet a page links is found, in each of the platform's languages: PrimeFaces
 * links a script with its own words for the page's language (date picker, pager, screen reader labels),
 * and for a language it does not ship it linked "RES_NOT_FOUND", which the browser then asked the server for.
 */
class PageResourcesIT {

    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"(/jakarta\\.faces\\.resource/[^\"]+|RES_NOT_FOUND)\"");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"EN, en, January", "SQ, sq, Nëntor", "CNR, sr, Nedjelja"})
    void everyScriptAndStyleSheetOfAPageIsFoundWithTheWordsOfItsLanguage(String language, String locale, String word) {
        String page = get("/forgot-password.xhtml", "cg-language=" + language).body();
        List<String> links = LINKED.matcher(page).results().map(link -> link.group(1).replace("&amp;", "&")).toList();

        assertThat(links).isNotEmpty().doesNotContain("RES_NOT_FOUND");
        links.forEach(link -> assertThat(get(link, null).statusCode()).as(link).isEqualTo(200));
        String localeScript = links.stream().filter(link -> link.contains("/locales/locale-" + locale + ".js")).findFirst()
                .orElseThrow(() -> new AssertionError("no PrimeFaces locale for " + locale + " in " + links));
        assertThat(get(localeScript, null).body()).contains("PrimeFaces.locales[\"" + locale + "\"]").contains(word);
    }
}
