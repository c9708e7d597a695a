package eu.cginternational.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language of someone not signed in: their choice on the pages, else what their client asks for, else English. */
class VisitorLanguageTest {

    private static final Locale ALBANIA = Locale.forLanguageTag("sq-AL");

    @Test
    void theFirstPlatformLanguageTheClientAsksForInItsOrder() {
        assertThat(VisitorLanguage.of(request("de, sr-Latn-ME;q=0.8, sq;q=0.5", null,
                Locale.GERMAN, Locale.forLanguageTag("sr-Latn-ME"), Locale.forLanguageTag("sq")))).isEqualTo(Language.CNR);
    }

    @Test
    void theLanguageChosenOnThePagesComesFirst() {
        assertThat(VisitorLanguage.of(request("sq", new Cookie(VisitorLanguage.COOKIE, "CNR"), ALBANIA)))
                .isEqualTo(Language.CNR);
    }

    /** The container gives its own default locale when the header is missing: a server set up in Albania, say. */
    @Test
    void aClientThatAsksForNothingIsAnsweredInEnglishWhateverTheServersLocale() {
        assertThat(VisitorLanguage.of(request(null, null, ALBANIA))).isEqualTo(Language.EN);
    }

    @Test
    void aClientAskingForNoLanguageOfThePlatformIsAnsweredInEnglish() {
        assertThat(VisitorLanguage.of(request("de", null, Locale.GERMAN))).isEqualTo(Language.EN);
    }

    /** A request with the header, the cookie and the locales the container would give for them. */
    private static HttpServletRequest request(String acceptLanguage, Cookie cookie, Locale... locales) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Accept-Language".equalsIgnoreCase((String) args[0]) ? acceptLanguage : null;
                    case "getCookies" -> cookie == null ? null : new Cookie[] {cookie};
                    case "getLocales" -> Collections.enumeration(List.of(locales));
                    case "getLocale" -> locales[0];
                    default -> throw new AssertionError("not expected: " + method.getName());
                });
    }
}
