package eu.cginternational.it.system;

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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The pages as a plain HTTP client sees them, without a browser: requests with cookies, the login form, the cookies set. */
final class Pages {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private Pages() {
    }

    static HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> login = get("/login.xhtml", null);
        return post("/login.xhtml", null, Map.of("login", "login", "login:username", username, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState(login.body())));
    }

    static String viewState(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        assertThat(state.find()).as("a view state field").isTrue();
        return state.group(1);
    }

    /**
     * A client with a cookie jar of its own, signed in through the login form as a browser is: the session its pages
     * need to be posted back. HTTP Basic would not do, as a request signed in with it keeps no session.
     */
    static HttpClient browserOf(String username) {
        HttpClient browser = Platform.client().cookieHandler(new CookieManager()).build();
        String login = open(browser, "/login.xhtml").body();
        HttpResponse<String> signedIn = Platform.send(browser, HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("login", "login", "login:username", username,
                        "login:password", Platform.DEMO_PASSWORD, "login:submit", "",
                        "jakarta.faces.ViewState", viewState(login))))).build());
        assertThat(signedIn.statusCode()).as(username + " signs in").isIn(302, 303);
        return browser;
    }

    /** A page as the client reads it, with its cookies. */
    static HttpResponse<String> open(HttpClient browser, String page) {
        return Platform.send(browser, HttpRequest.newBuilder(URI.create(url(page))).timeout(Duration.ofSeconds(60)).GET().build());
    }

    /**
     * Presses a button of a form on a page that the client has just read ({@code html}), as a browser would:
     * the form's name, the button and the page's view state, with the client's cookies.
     */
    static HttpResponse<String> press(HttpClient browser, String page, String html, String form, String button) {
        String body = formBody(Map.of(form, form, form + ":" + button, "", "jakarta.faces.ViewState", viewState(html)));
        return Platform.send(browser, HttpRequest.newBuilder(URI.create(url(page))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Form fields as the body of a form's POST. */
    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return Platform.send(request.GET().build());
    }

    static HttpResponse<String> post(String path, String cookie, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return Platform.send(request.build());
    }

    /** The cookies the response sets, by name. */
    static Map<String, String> cookies(HttpResponse<String> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        return set.stream().map(header -> header.split(";", 2)[0].split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0].trim(), pair -> pair.length > 1 ? pair[1] : "", (a, b) -> b));
    }

    /** The session cookie of a person signed in through the login form. */
    static String sessionOf(String username, String password) {
        String session = cookies(signIn(username, password)).get("JSESSIONID");
        assertThat(session).as("a session for " + username).isNotBlank();
        return "JSESSIONID=" + session;
    }
}
