package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The approvals inbox in headless Chromium: a list that lives in its address. The school's
 * administrator comes from the landing page to what waits for a decision, filters with the form, sorts by a heading, turns the page, exports what the list
 * shows and switches the language without losing the place; another school sees none of it.
 */
class MobilityInboxBrowserIT extends BrowserTest {

    /** Twelve submitted applications of KPT, one a month of a year no other test uses. */
    private static final int YEAR = 2035;
    private static final String OF_THE_YEAR = "/mobilities/index.xhtml?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31";

    @BeforeAll
    static void twelveSubmittedApplications() {
        long host = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(YEAR, month, 3);
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", """
                    {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s"}"""
                    .formatted(host, start, start.plusDays(20)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonObject mobility = json(created);
            HttpResponse<String> submitted = asDemo("POST", "/api/mobilities/" + mobility.getJsonNumber("id") + "/transitions",
                    "student.kpt", "{\"action\": \"SUBMIT\", \"version\": " + mobility.getInt("version") + "}");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        }
    }

    /** The language of the signed-in account before a test switched it, given back even when the test fails. */
    private String languageToRestore;

    @AfterEach
    void restoreLanguage() {
        if (languageToRestore != null) {
            browser.switchLanguage(languageToRestore); // the account keeps its language for the other tests
        }
    }

    /** The first day of the year's mobility of the month (the 3rd) as the list shows it in the language. */
    private static String shown(String languageSuffix, int month) {
        return PageDates.shown(languageSuffix, LocalDate.of(YEAR, month, 3));
    }

    @Test
    void theSchoolFiltersSortsPagesExportsAndSwitchesLanguageWithoutLosingItsPlace() {
        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/");
        languageToRestore = activeLanguage();
        browser.switchLanguage("EN");
        // The landing page leads to the applications waiting for the school's decision.
        browser.click(By.id("waiting"));
        waitForAddress("/mobilities/index.xhtml?status=SUBMITTED");
        assertThat(new Select(browser.driver.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("SUBMITTED");
        assertThat(column(8)).isNotEmpty().containsOnly(text("", "MobilityStatus.SUBMITTED"));

        browser.open(OF_THE_YEAR);

        new Select(browser.driver.findElement(By.id("status"))).selectByValue("SUBMITTED");
        new Select(browser.driver.findElement(By.id("size"))).selectByValue("10");
        browser.click(By.id("filter-apply"));
        browser.waitForPath("/mobilities/index.xhtml?participant=");

        assertThat(browser.path()).contains("status=SUBMITTED").contains("size=10").contains("from=" + YEAR + "-01-01");
        assertThat(rows()).hasSize(10);
        assertThat(column(8)).containsOnly(text("", "MobilityStatus.SUBMITTED"));
        assertThat(browser.text(By.id("page-position"))).isEqualTo("Page 1 of 2 · 12 in all");

        browser.click(By.id("sort-startDate"));
        waitForAddress("sort=startDate");
        assertThat(browser.driver.findElement(By.xpath("//a[@id='sort-startDate']/..")).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(column(6).get(0)).isEqualTo(shown("", 1));
        browser.click(By.id("sort-startDate"));
        waitForAddress("sort=-startDate");
        assertThat(column(6).get(0)).isEqualTo(shown("", 12));

        browser.click(By.id("page-next"));
        waitForAddress("page=1");
        assertThat(column(6)).containsExactly(shown("", 2), shown("", 1));
        assertThat(browser.text(By.id("page-position"))).isEqualTo("Page 2 of 2 · 12 in all");
        assertThat(browser.driver.findElements(By.id("page-next"))).isEmpty();

        // The export link carries the list's filters and sort: the file holds all twelve, latest first.
        HttpResponse<String> csv = browser.download(browser.driver.findElement(By.id("export")).getAttribute("href"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(1)).contains(YEAR + "-12-03").contains("Kolegji Profesional i Tiranës");
        assertThat(lines.get(12)).contains(YEAR + "-01-03");

        // The language switch is a form post to the same address: the page, sort and filters stay.
        String before = browser.path();
        browser.switchLanguage("SQ");
        assertThat(browser.path()).isEqualTo(before);
        assertThat(browser.heading()).isEqualTo(text("_sq", "mobilities.title"));
        assertThat(column(6)).containsExactly(shown("_sq", 2), shown("_sq", 1));
    }

    @Test
    void anotherSchoolSeesNoneOfThemAndHasNothingToExport() {
        browser.signIn("school.pljevlja", DEMO_PASSWORD);
        browser.waitForPath("/school/");
        browser.open(OF_THE_YEAR + "&schoolName=Tiran");

        assertThat(rows()).hasSize(1);
        assertThat(rows().get(0).getAttribute("class")).isEqualTo("cg-list-empty");
        assertThat(browser.driver.findElements(By.id("export"))).isEmpty();
    }

    @Test
    void anAddressThePageCannotUseStillShowsAList() {
        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/");
        browser.open(OF_THE_YEAR + "&page=-3&size=7&sort=%3Cscript%3E&status=NONSENSE");

        assertThat(browser.heading()).isNotBlank();
        assertThat(rows()).hasSize(1);
        assertThat(rows().get(0).getAttribute("class")).isEqualTo("cg-list-empty");
        assertThat(new Select(browser.driver.findElement(By.id("size"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("20");
    }

    private static String activeLanguage() {
        return browser.driver.findElement(By.cssSelector(".cg-languages .cg-language-active")).getAttribute("id")
                .replace("navigation:language-", "");
    }

    private static void waitForAddress(String part) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().contains(part));
    }

    private static List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#table tbody tr"));
    }

    /** The texts of a column (from 1) of the rows shown. */
    private static List<String> column(int number) {
        return browser.driver.findElements(By.cssSelector("#table tbody td:nth-child(" + number + ")")).stream()
                .map(WebElement::getText).toList();
    }
}
