package eu.cginternational.it.system;

import static eu.cginternational.it.system.Pages.cookies;
import static eu.cginternational.it.system.Pages.formBody;
import static eu.cginternational.it.system.Pages.open;
import static eu.cginternational.it.system.Pages.viewState;
import static eu.cginternational.it.system.Platform.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A form sent after its page's view state has gone (the session ended, or the page was one of too many opened in it)
 * answers no error: with the session still there the page it was on opens anew, with its parameters and a notice that
 * what was entered must be entered again; after the session ended the login page leads back to that page. A button
 * that sends its form with ajax gets the same as a redirect its page's script follows.
 */
class ExpiredViewIT {

    /** A view state the server never gave: one that has gone looks alike to it. */
    private static final String GONE = "1234567890:987654321";

    /** teacher.kpt reads Albanian. */
    private static final String NOTICE = Platform.text("_sq", "error.view_expired");

    private static String mobilityPage() {
        return "/mobilities/mobility.xhtml?id=" + Platform.json(Platform.asDemo("GET", "/api/mobilities?size=1", "teacher.kpt",
                null)).getJsonArray("items").getJsonObject(0).getJsonNumber("id");
    }

    /**
     * Sends a form of the page as its browser does: to the bare address of the page's view (a Faces form's action has
     * no query), naming the page in the Referer, with ajax as PrimeFaces sends it or without.
     */
    private static HttpResponse<String> send(HttpClient browser, String page, String form, String viewState, boolean ajax) {
        Map<String, String> fields = ajax
                ? Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", form + ":save",
                        "jakarta.faces.partial.execute", "@all", form, form, "jakarta.faces.ViewState", viewState)
                : Map.of(form, form, form + ":save", "", "jakarta.faces.ViewState", viewState);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(page.replaceFirst("\\?.*", ""))))
                .timeout(Duration.ofSeconds(30)).header("Referer", url(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return Platform.send(browser, request.build());
    }

    @Test
    void aFormWhoseViewStateHasGoneReopensItsPageWithTheNotice() {
        HttpClient teacher = Pages.browserOf("teacher.kpt");
        String page = mobilityPage();
        assertThat(open(teacher, page).statusCode()).isEqualTo(200);

        HttpResponse<String> sent = send(teacher, page, "act", GONE, false);

        assertThat(sent.statusCode()).as(sent.body()).isIn(302, 303);
        assertThat(sent.headers().firstValue("Location")).hasValue(url(page));
        HttpResponse<String> reopened = open(teacher, page);
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(reopened.body()).contains(NOTICE);
        assertThat(open(teacher, page).body()).as("told once").doesNotContain(NOTICE);
    }

    @Test
    void anAjaxRequestWhoseViewStateHasGoneIsRedirectedToItsPageWithTheNotice() {
        HttpClient teacher = Pages.browserOf("teacher.kpt");
        String page = mobilityPage();

        HttpResponse<String> sent = send(teacher, page, "act", GONE, true);

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        assertThat(sent.body()).contains("<redirect url=\"" + page + "\"");
        assertThat(open(teacher, page).body()).contains(NOTICE);
    }

    /**
     * The teacher's session ends while a page stays open (here: signed out in another tab); its form, with or without
     * ajax, leads to the login page, and a login page opened long before (its view state is no session's) signs in and
     * goes on to the page, not to the bare address the form was sent to, which is no page without its id.
     */
    @Test
    void aFormSentAfterTheSessionEndedLeadsThroughTheLoginPageBackToItsPage() {
        String loginOpenedLongAgo = open(Platform.client().build(), "/login.xhtml").body();
        HttpClient teacher = Pages.browserOf("teacher.kpt");
        String page = mobilityPage();
        String html = open(teacher, page).body();
        Pages.press(teacher, page, html, "navigation", "signout");
        String login = "/login.xhtml?continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&ended=true";

        HttpResponse<String> sent = send(teacher, page, "act", viewState(html), false);
        HttpResponse<String> sentWithAjax = send(teacher, page, "act", viewState(html), true);

        assertThat(sent.statusCode()).isIn(302, 303);
        assertThat(sent.headers().firstValue("Location")).hasValue(url(login));
        assertThat(sentWithAjax.statusCode()).isEqualTo(200);
        assertThat(sentWithAjax.body()).contains("<redirect url=\"" + login.replace("&", "&amp;") + "\"");
        HttpResponse<String> signedIn = Platform.send(teacher, HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("login", "login", "login:username", "teacher.kpt",
                        "login:password", Platform.DEMO_PASSWORD, "login:submit", "", "continue", page,
                        "jakarta.faces.ViewState", viewState(loginOpenedLongAgo))))).build());
        assertThat(signedIn.statusCode()).isIn(302, 303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(url(page));
        assertThat(open(teacher, page).statusCode()).isEqualTo(200);
    }

    @Test
    void aVisitorsFormWhoseViewStateIsUnknownReopensThePageWithoutASession() {
        HttpClient visitor = Platform.client().cookieHandler(new CookieManager()).build();

        HttpResponse<String> sent = send(visitor, "/login.xhtml", "login", GONE, false);

        assertThat(sent.statusCode()).as(sent.body()).isIn(302, 303);
        assertThat(sent.headers().firstValue("Location")).hasValue(url("/login.xhtml"));
        HttpResponse<String> reopened = Platform.send(visitor, HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                .header("Accept-Language", "en").GET().build());
        assertThat(reopened.body()).contains(Platform.text("", "error.view_expired"));
        assertThat(cookies(sent)).doesNotContainKey("JSESSIONID");
        assertThat(cookies(reopened)).doesNotContainKey("JSESSIONID");
    }
}
