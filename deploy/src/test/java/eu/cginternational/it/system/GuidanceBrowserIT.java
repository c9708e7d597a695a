package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The interest self-assessment in headless Chromium, in Albanian, as student.kpt. */
class GuidanceBrowserIT extends BrowserTest {

    private static final String SQ = "_sq";
    private static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    @Test
    void aStudentTakesTheAssessmentSeesTheChartAndCodeAndOpensAMatchingOccupationWithItsDemandInSpainAndFinland() {
        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/");
        browser.switchLanguage("SQ");
        browser.open("/guidance/assessment.xhtml");
        assertThat(browser.heading()).isEqualTo(text(SQ, "assessment.title"));
        if (!browser.driver.findElements(By.id("assessment:retake")).isEmpty()) {
            browser.click(By.id("assessment:retake")); // results of earlier tests: take it again
        }
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector(".cg-answer-36 .ui-radiobutton-box"), 5));

        // Realistic strongest, then Investigative, then Conventional: the code is RIC.
        int[] answerByType = {5, 4, 1, 1, 1, 3};
        for (int item = 1; item <= 36; item++) {
            List<WebElement> boxes = browser.driver.findElements(By.cssSelector(".cg-answer-" + item + " .ui-radiobutton-box"));
            assertThat(boxes).as("the five answers of item " + item).hasSize(5);
            boxes.get(answerByType[(item - 1) % 6] - 1).click();
        }
        browser.click(By.id("assessment:submit"));

        assertThat(browser.text(By.cssSelector("#code .cg-riasec-code"))).isEqualTo("RIC");
        assertThat(browser.messages()).contains(text(SQ, "assessment.completed"));
        assertThat(browser.driver.findElements(By.cssSelector("#assessment\\:chart canvas"))).isNotEmpty();
        assertThat(browser.text(By.id("assessment:result"))).contains(text(SQ, "RiasecType.R"));

        WebElement best = browser.driver.findElement(By.cssSelector(".cg-match-link"));
        String occupation = best.getText();
        best.click();

        browser.waitForPath("/guidance/occupation.xhtml");
        assertThat(browser.heading()).isEqualTo(occupation);
        String demand = browser.text(By.id("demand"));
        assertThat(demand).contains(new Locale("", "ES").getDisplayCountry(ALBANIAN), new Locale("", "FI").getDisplayCountry(ALBANIAN));
        List<String> levels = List.of(text(SQ, "DemandLevel.SHORTAGE"), text(SQ, "DemandLevel.BALANCED"), text(SQ, "DemandLevel.SURPLUS"));
        assertThat(browser.text(By.id("demand-ES"))).isIn(levels);
        assertThat(browser.text(By.id("demand-FI"))).isIn(levels);
        assertThat(demand).contains(text(SQ, "guidance.source.not_official"));
        assertThat(browser.driver.findElement(By.cssSelector("a#opportunities, #opportunities a")).getAttribute("href"))
                .contains("/opportunities/index.xhtml?isco=" + browser.text(By.id("isco")));

        // The explorer's list names each country of shortage on its own, in full on hover.
        browser.open("/guidance/occupations.xhtml");
        assertThat(browser.heading()).isEqualTo(text(SQ, "occupations.title"));
        // The first page, by ISCO code, has shortages in its first row (3112); a CI run once found none, on a page
        // it did not show: the table's text says what was there.
        String firstPage = browser.text(By.id("occupations:table"));
        List<WebElement> shortages = browser.driver.findElements(By.cssSelector(".cg-demand-shortage"));
        assertThat(shortages).as(firstPage).isNotEmpty().allSatisfy(country -> {
            assertThat(country.getText()).matches("[A-Z]{2}");
            assertThat(country.getAttribute("title")).isEqualTo(new Locale("", country.getText()).getDisplayCountry(ALBANIAN));
        });
    }
}
