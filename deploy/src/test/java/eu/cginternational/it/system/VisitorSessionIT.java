package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.text;
import static eu.cginternational.it.system.Platform.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages before sign-in keep nothing on the server: no session, no view state. A client that
 * drops its cookies, or sends many requests, does not make the server hold a session per request.
 * Their forms still work, and a visitor's language lives in a cookie of its own.
 */
class VisitorSessionIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/forgot-password.xhtml", "/reset-password.xhtml?token=unknown",
            "/verify-certificate.xhtml?code=ABCD-EFGH-JKLM", "/verify.xhtml", "/",
            "/policy/index.xhtml", "/policy/index.xhtml?kind=RECOMMENDATION&sort=title&size=10"})
    void aPageBeforeSignInOpensNoSession(String path) {
        HttpResponse<String> page = get(path, null);

        assertThat(page.statusCode()).isIn(200, 302);
        assertThat(cookies(page)).doesNotContainKey("JSESSIONID");
    }

    @Test
    void theStatelessLoginFormSignsInAndOnlyThenASessionBegins() {
        // An unknown name, so that no demo account counts a failed attempt toward its lockout.
        HttpResponse<String> wrong = signIn("nobody.visitor", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains(text("", "login.failed"));
        assertThat(cookies(wrong)).doesNotContainKey("JSESSIONID");

        HttpResponse<String> right = signIn("school.kpt", DEMO_PASSWORD);
        assertThat(right.statusCode()).isIn(302, 303);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/school/index.xhtml"));
        String session = cookies(right).get("JSESSIONID");
        assertThat(session).isNotBlank();
        assertThat(get("/school/index.xhtml", "JSESSIONID=" + session).statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordLongerThanAnyIsRefusedInTheVisitorsLanguageWithoutASession() {
        HttpResponse<String> login = get("/login.xhtml", "cg-language=SQ");
        HttpResponse<String> refused = post("/login.xhtml", "cg-language=SQ", Map.of("login", "login",
                "login:username", "nobody.visitor", "login:password", "x".repeat(1025), "login:submit", "",
                "jakarta.faces.ViewState", viewState(login.body())));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(Platform.validationText("_sq", "text.too_long").replace("{max}", "1024"));
        assertThat(cookies(refused)).doesNotContainKey("JSESSIONID");
    }

    @Test
    void aVisitorsLanguageIsKeptInItsOwnCookieWithoutASession() {
        HttpResponse<String> login = get("/login.xhtml", null);
        HttpResponse<String> switched = post("/login.xhtml", null, Map.of("navigation", "navigation",
                "navigation:language-SQ", text("", "language.SQ"), "jakarta.faces.ViewState", viewState(login.body())));

        assertThat(cookies(switched)).containsEntry("cg-language", "SQ").doesNotContainKey("JSESSIONID");
        HttpResponse<String> again = get("/login.xhtml", "cg-language=SQ");
        assertThat(again.body()).containsPattern("<html[^>]* lang=\"sq\"").contains(text("_sq", "login.title"));
        assertThat(cookies(again)).doesNotContainKey("JSESSIONID");
        // Nonsense in the cookie is ignored: the browser's language counts.
        assertThat(get("/login.xhtml", "cg-language=<script>").body()).contains(text("", "login.title"));
    }

    private static HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> login = get("/login.xhtml", null);
        return post("/login.xhtml", null, Map.of("login", "login", "login:username", username, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState(login.body())));
    }

    private static String viewState(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        assertThat(state.find()).as("a view state field").isTrue();
        return state.group(1);
    }

    private static HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return Platform.send(request.GET().build());
    }

    private static HttpResponse<String> post(String path, String cookie, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return Platform.send(request.build());
    }

    /** The cookies the response sets, by name. */
    private static Map<String, String> cookies(HttpResponse<String> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        return set.stream().map(header -> header.split(";", 2)[0].split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0].trim(), pair -> pair.length > 1 ? pair[1] : "", (a, b) -> b));
    }
}
