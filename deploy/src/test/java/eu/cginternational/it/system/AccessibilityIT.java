package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Each page of each role meets WCAG 2.1 and 2.2 at levels A and AA as far as rules can tell: Deque's axe-core runs in
 * the page in Chromium and checks, among others, that fields and buttons have names, that text stands out from its
 * background, that the page says its language, and that what is clicked on its own is at least 24 pixels square.
 * WCAG 2.1 AA is what the European standard for the public sector's websites (EN 301 549) asks for; ministries and
 * schools use the platform. What rules cannot judge (whether a label makes sense, the order of the keyboard's focus)
 * is for people to try.
 */
class AccessibilityIT extends BrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * A table cell as the target of WCAG 2.2's target size: PrimeFaces makes each cell focusable for its keyboard
     * navigation, so a cell whose link is shorter than its row counts as a target of its own, partly covered by the
     * link. The link itself, the target a person aims at, is still checked (README, Accessibility).
     */
    private static final Pattern FOCUSABLE_CELL = Pattern.compile("td(:nth-child\\(\\d+\\))?\\]$");

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("eu.cginternational.it.system.RolePages#pages")
    void aPageBreaksNoRule(String username, String path) {
        if (username != null) {
            RolePages.resumeSession(browser, username);
        }
        browser.open(path);

        assertThat(brokenRules()).as(path).isEmpty();
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("eu.cginternational.it.system.RolePages#recordPages")
    void aRecordsPageBreaksNoRule(String username, String list, String field, String page) {
        String path = RolePages.recordPath(username, list, field, page);
        RolePages.resumeSession(browser, username);
        browser.open(path);

        assertThat(brokenRules()).as(path).isEmpty();
    }

    /** A form sent empty: its fields' messages and their marks must stand out and be tied to the fields too. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        ", /register.xhtml, register:send",
        "teacher.kpt, /mobilities/apply.xhtml, apply:save"
    })
    void aFormWithItsErrorsShownBreaksNoRule(String username, String path, String button) {
        if (username != null) {
            RolePages.signIn(browser, username);
        }
        browser.open(path);
        browser.submit(By.id(button));

        assertThat(browser.driver.findElements(By.cssSelector(".ui-messages-error, .ui-message-error"))).isNotEmpty();
        assertThat(brokenRules()).as(path).isEmpty();
    }

    /** Each element that breaks a rule, with the rule and how to mend it, for the failure's message. */
    private static List<String> brokenRules() {
        browser.heading();
        List<Rule> broken = new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver).getViolations();
        return broken.stream()
                .flatMap(rule -> rule.getNodes().stream()
                        .filter(node -> !(rule.getId().equals("target-size") && FOCUSABLE_CELL.matcher(
                                String.valueOf(node.getTarget())).find()))
                        .map(node -> rule.getId() + " " + node.getTarget() + ": " + node.getFailureSummary()))
                .toList();
    }
}
