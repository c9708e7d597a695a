package eu.cginternational.it.system;

import static eu.cginternational.it.system.Pages.formBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A browser sends none of the platform's cookies with a cross-site POST: each cookie it sets names SameSite, once. The
 * HTTP listener's setting wrote it twice into the session cookie, and a second time into each cookie that names its own.
 */
class SameSiteCookiesIT {

    private static final Pattern SAME_SITE = Pattern.compile("(?i);\\s*SameSite=(\\w+)");

    @Test
    void everyCookieThePlatformSetsNamesSameSiteOnce() {
        List<String> set = new ArrayList<>();
        // The session's, at sign-in; the visitor's language; the notice of a form whose view state is unknown;
        // PrimeFaces' cookie of a download; and Faces' flash, wherever it comes.
        set.addAll(Pages.signIn("teacher.kpt", Platform.DEMO_PASSWORD).headers().allValues("Set-Cookie"));
        String login = Pages.get("/login.xhtml", null).body();
        set.addAll(Pages.post("/login.xhtml", null, Map.of("navigation", "navigation", "navigation:language-SQ", "Shqip",
                "jakarta.faces.ViewState", Pages.viewState(login))).headers().allValues("Set-Cookie"));
        set.addAll(Platform.send(HttpRequest.newBuilder(URI.create(Platform.url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("login", "login",
                        "jakarta.faces.ViewState", "1234567890:987654321")))).build()).headers().allValues("Set-Cookie"));
        HttpClient coordinator = Pages.browserOf("coordinator");
        String users = Pages.open(coordinator, "/coordinator/users.xhtml").body();
        HttpResponse<String> export = Pages.press(coordinator, "/coordinator/users.xhtml", users, "users", "export");
        set.addAll(export.headers().allValues("Set-Cookie"));

        assertThat(set).allSatisfy(cookie -> assertThat(SAME_SITE.matcher(cookie).results().count()).as(cookie).isEqualTo(1));
        assertThat(set).anyMatch(cookie -> cookie.startsWith("JSESSIONID="))
                .anyMatch(cookie -> cookie.startsWith("cg-language=")).anyMatch(cookie -> cookie.startsWith("cg-view-expired="))
                .anyMatch(cookie -> cookie.startsWith("primefaces.download"));
        assertThat(set).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .allSatisfy(session -> assertThat(session).containsPattern("(?i)SameSite=Lax"));
    }

    /**
     * The visitor's language, set on a host that is not "localhost" (for which OmniFaces names no domain): it names no
     * domain either, so it stays with that host rather than go to each of its subdomains.
     */
    @Test
    void theLanguageCookieStaysWithTheHostThatSetIt() {
        String host = Platform.url("/login.xhtml").replace("//localhost:", "//127.0.0.1:");
        String login = Platform.send(HttpRequest.newBuilder(URI.create(host)).GET().build()).body();

        List<String> set = Platform.send(HttpRequest.newBuilder(URI.create(host))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("navigation", "navigation",
                        "navigation:language-SQ", "Shqip", "jakarta.faces.ViewState", Pages.viewState(login)))))
                .build()).headers().allValues("Set-Cookie");

        assertThat(set).filteredOn(cookie -> cookie.startsWith("cg-language=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).doesNotContainPattern("(?i);\\s*Domain="));
    }
}
