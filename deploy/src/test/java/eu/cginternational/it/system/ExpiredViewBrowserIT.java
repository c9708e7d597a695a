package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;

/**
 * A button that sends its form with ajax after the page's view state, or the whole session, has gone shows where it
 * leads (see {@link ExpiredViewIT}) instead of doing nothing: the page opened anew with its notice, or the login page
 * and then the page again. The board's search button is such a button, on a page whose address keeps its filter and
 * that posts its view scope's unload as the browser leaves it.
 */
class ExpiredViewBrowserIT extends BrowserTest {

    private static final String PAGE = "/opportunities/index.xhtml?country=ES";

    @BeforeEach
    void onTheBoardAsATeacher() {
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open(PAGE);
    }

    /** The session ended and the teacher signed in again in another tab: the page's view state was the old session's. */
    @Test
    void anAjaxButtonOfAPageOfAnEndedSessionReopensThePageWithTheNotice() {
        String page = browser.driver.getWindowHandle();
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.driver.close();
        browser.driver.switchTo().window(page);

        browser.click(By.id("board:search"));

        assertThat(browser.text(By.id("view-expired"))).contains(Platform.text("_sq", "error.view_expired"));
        assertThat(browser.path()).isEqualTo(PAGE);
    }

    @Test
    void anAjaxButtonAfterTheSessionEndedLeadsThroughTheLoginPageBackToThePage() {
        // A session the server no longer knows, as after a time without activity.
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        browser.driver.manage().deleteCookie(session);
        browser.driver.manage().addCookie(new Cookie("JSESSIONID", "0f1e2d3c4b5a69788796a5b4c3d2e1f0", session.getPath()));

        browser.click(By.id("board:search"));

        browser.waitForPath("/login.xhtml");
        // in teacher.kpt's Albanian, which the first page after her sign-in left in the language cookie
        assertThat(browser.text(By.id("session-ended"))).contains(Platform.text("_sq", "login.session_ended"));
        browser.type(By.id("login:username"), "teacher.kpt");
        browser.type(By.id("login:password"), DEMO_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.waitForPath(PAGE);
    }
}
