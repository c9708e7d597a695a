package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A protected page opened with a session that has ended (signed out in another tab, or gone after a time without
 * activity) leads to the login page, which says the session ended; without any session it says nothing of the kind.
 */
class SessionEndIT {

    private static final String INBOX = "/mobilities/index.xhtml";
    private static final String LOGIN = "/login.xhtml?continue=%2Fmobilities%2Findex.xhtml";
    private static final String ENDED = Platform.text("", "login.session_ended");

    @Test
    void aPageOpenedAfterSigningOutLeadsToALoginPageThatSaysTheSessionEnded() {
        HttpClient teacher = Pages.browserOf("teacher.kpt");
        String page = "/account/password.xhtml";
        Pages.press(teacher, page, Pages.open(teacher, page).body(), "navigation", "signout");

        HttpResponse<String> opened = Pages.open(teacher, INBOX);

        assertThat(opened.statusCode()).isIn(302, 303);
        assertThat(opened.headers().firstValue("Location")).hasValue(url(LOGIN + "&ended=true"));
        assertThat(Pages.get(LOGIN + "&ended=true", null).body()).contains(ENDED);
    }

    @Test
    void aSessionTheServerNoLongerKnowsHasEndedToo() {
        HttpResponse<String> opened = Pages.get(INBOX, "JSESSIONID=0f1e2d3c4b5a69788796a5b4c3d2e1f0");

        assertThat(opened.headers().firstValue("Location")).hasValue(url(LOGIN + "&ended=true"));
    }

    /**
     * teacher.kpt reads the platform in Albanian, and this client asks for no language: after the session has ended
     * elsewhere, the login page is in the account's language, which the first page after sign-in left in the cookie.
     */
    @Test
    void theLoginPageAfterAnEndIsInTheLanguageOfTheAccountThatWasSignedIn() {
        HttpClient teacher = Pages.browserOf("teacher.kpt");
        Pages.open(teacher, "/account/password.xhtml");
        String language = ((CookieManager) teacher.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("cg-language")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no language cookie after sign-in"));
        String cookies = "JSESSIONID=0f1e2d3c4b5a69788796a5b4c3d2e1f0; cg-language=" + language;

        HttpResponse<String> opened = Pages.get(INBOX, cookies);

        assertThat(language).isEqualTo("SQ");
        assertThat(opened.headers().firstValue("Location")).hasValue(url(LOGIN + "&ended=true"));
        assertThat(Pages.get(LOGIN + "&ended=true", cookies).body()).contains(Platform.text("_sq", "login.session_ended"))
                .doesNotContain(ENDED);
    }

    @Test
    void withoutASessionTheLoginPageSaysNothingOfAnEnd() {
        HttpResponse<String> opened = Pages.get(INBOX, null);

        assertThat(opened.statusCode()).isIn(302, 303);
        assertThat(opened.headers().firstValue("Location")).hasValue(url(LOGIN));
        assertThat(Pages.get(LOGIN, null).body()).contains(Platform.text("", "login.intro")).doesNotContain(ENDED);
    }
}
