package eu.cginternational.it.system;

import static eu.cginternational.it.system.Pages.cookies;
import static eu.cginternational.it.system.Pages.get;
import static eu.cginternational.it.system.Pages.post;
import static eu.cginternational.it.system.Pages.signIn;
import static eu.cginternational.it.system.Pages.viewState;
import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages before sign-in keep nothing on the server: no session, no view state. A client that
 * drops its cookies, or sends many requests, does not make the server hold a session per request.
 * Their forms still work, and a visitor's language lives in a cookie of its own.
 */
class VisitorSessionIT {

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/forgot-password.xhtml", "/register.xhtml", "/reset-password.xhtml?token=unknown",
            "/verify-certificate.xhtml?code=ABCD-EFGH-JKLM", "/verify.xhtml", "/",
            "/policy/index.xhtml", "/policy/index.xhtml?kind=RECOMMENDATION&sort=title&size=10"})
    void aPageBeforeSignInOpensNoSession(String path) {
        HttpResponse<String> page = get(path, null);

        assertThat(page.statusCode()).isIn(200, 302);
        assertThat(cookies(page)).doesNotContainKey("JSESSIONID");
    }

    /** Scanners ask for addresses that do not exist by the thousand: the answer must not hold a session either. */
    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page.xhtml", "/wp-login.php", "/policy/no-such-page.xhtml"})
    void aPageThatDoesNotExistOpensNoSession(String path) {
        HttpResponse<String> missing = get(path, null);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains(text("", "error.page.404.title"));
        assertThat(cookies(missing)).doesNotContainKey("JSESSIONID");
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
}
