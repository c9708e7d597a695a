package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A class of tests in one headless Chromium: started once for the class, each test begins signed
 * out on the login page, a failing test leaves a screenshot named after it, and a test whose pages had a script
 * refused by the content security policy fails.
 */
abstract class BrowserTest {

    static Browser browser;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            browser.screenshot(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void anonymous() {
        browser.open("/login.xhtml");
        browser.driver.manage().deleteAllCookies();
        browser.refusedByThePolicy();
    }

    /** Every script of the pages ran: the content security policy refused none. */
    @AfterEach
    void nothingRefusedByThePolicy() {
        assertThat(browser.refusedByThePolicy()).isEmpty();
    }
}
