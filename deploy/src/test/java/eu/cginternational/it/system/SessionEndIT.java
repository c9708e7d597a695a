package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.url;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void withoutASessionTheLoginPageSaysNothingOfAnEnd() {
        HttpResponse<String> opened = Pages.get(INBOX, null);

        assertThat(opened.statusCode()).isIn(302, 303);
        assertThat(opened.headers().firstValue("Location")).hasValue(url(LOGIN));
        assertThat(Pages.get(LOGIN, null).body()).contains(Platform.text("", "login.intro")).doesNotContain(ENDED);
    }
}
