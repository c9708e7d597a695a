package eu.cginternational.web.config;

import eu.cginternational.domain.account.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

/**
 * The language of someone not signed in, for pages and API answers alike: the one chosen on the pages before (a cookie
 * kept a year), or else the first of the platform's languages the client asks for (Accept-Language, in its order of
 * preference), or else English.
 */
public final class VisitorLanguage {

    /** The visitor's language between visits and across sign-out. */
    public static final String COOKIE = "cg-language";

    private VisitorLanguage() {
    }

    public static Language of(HttpServletRequest request) {
        return chosen(request).or(() -> asked(request)).orElse(Language.EN);
    }

    /** Without the header the container answers with its own default locale, which is not the client's wish. */
    private static Optional<Language> asked(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream().flatMap(locale -> Language.of(locale).stream()).findFirst();
    }

    /** The language the client's cookie names, if it names one of the platform's. */
    public static Optional<Language> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .flatMap(cookie -> Arrays.stream(Language.values()).filter(l -> l.name().equals(cookie.getValue())))
                .findFirst();
    }
}
