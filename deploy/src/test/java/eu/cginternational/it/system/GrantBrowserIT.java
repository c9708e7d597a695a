package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The grant estimate on the mobility page and the coordinator's rates page, in headless Chromium. */
class GrantBrowserIT extends BrowserTest {

    @Test
    void theMobilityPageShowsTheGrantEstimatePartByPart() {
        long hostId = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate start = Platform.mondayInMonths(28);
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s",
                 "greenTravel": true}""".formatted(hostId, start, start.plusDays(20)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();

        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        // The student's home leads to their own mobilities.
        browser.click(By.id("go-my-mobilities"));
        browser.waitForPath("/mobilities/index.xhtml");
        assertThat(browser.heading()).isEqualTo(text("_sq", "mobilities.title"));
        browser.open("/mobilities/mobility.xhtml?id=" + id);

        // Klea Shehu reads Albanian; amounts and distances are formatted the Albanian way.
        assertThat(browser.text(By.cssSelector("#grant h2"))).isEqualTo(text("_sq", "grant.title"));
        assertThat(browser.text(By.id("grant-year"))).contains("2024").contains(String.valueOf(start.getYear()));
        assertThat(digits(browser.text(By.id("grant-distance")))).startsWith("1717");
        assertThat(browser.text(By.id("grant-distance"))).contains("500–1999 km");
        assertThat(digits(browser.text(By.id("grant-travel")))).isEqualTo("41700");
        assertThat(browser.text(By.id("grant-travel"))).contains("€");
        assertThat(digits(browser.text(By.id("grant-days")))).isEqualTo("21" + "6" + "27");
        assertThat(browser.text(By.id("grant-individual"))).isEqualTo(text("_sq", "grant.status.NO_RATE"));
        assertThat(browser.text(By.id("grant-inclusion"))).isEqualTo(text("_sq", "grant.status.NOT_REQUESTED"));
        assertThat(browser.text(By.id("grant-total"))).contains(text("_sq", "grant.incomplete"));
        // The long source is folded under its heading until the reader opens it.
        assertThat(browser.driver.findElement(By.cssSelector("#grant-source p")).isDisplayed()).isFalse();
        browser.click(By.cssSelector("#grant-source summary"));
        assertThat(browser.text(By.cssSelector("#grant-source p"))).contains("https://wikis.ec.europa.eu/x/UINTC");
        browser.screenshot("grant-estimate-student-kpt");
        // On a phone each part's value stays beside its label, within the page (a long label pushed them 200 px out).
        browser.onPhone(() -> assertThat(browser.beyondRightEdge()).as("the page scrolls sideways").isEmpty());
    }

    @Test
    void theHostReadsTheMobilityPageWithoutTheInclusionSupportTheReportOrWhoDecided() {
        long hostId = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate start = Platform.mondayInMonths(29);
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s",
                 "inclusionSupport": true}""".formatted(hostId, start, start.plusDays(20)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        for (String[] step : new String[][] {{"student.kpt", "SUBMIT", "null", "1"},
                {"school.kpt", "RETURN", "\"Internal: ask the family first\"", "2"}}) {
            HttpResponse<String> answer = asDemo("POST", "/api/mobilities/" + id + "/transitions", step[0],
                    "{\"action\": \"%s\", \"comment\": %s, \"version\": %s}".formatted(step[1], step[2], step[3]));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }

        browser.signIn("partner.es", DEMO_PASSWORD);
        browser.waitForPath("/partner/index.xhtml");
        browser.open("/mobilities/mobility.xhtml?id=" + id);

        assertThat(browser.heading()).contains("Klea Shehu");
        assertThat(browser.text(By.id("status"))).isEqualTo(text("", "MobilityStatus.RETURNED"));
        assertThat(browser.text(By.id("grant-inclusion"))).isEqualTo(text("", "grant.status.WITHHELD"));
        assertThat(browser.driver.findElements(By.id("report"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#timeline li"))).hasSize(2);
        assertThat(browser.text(By.id("timeline"))).doesNotContain("Internal").doesNotContain("Besnik Leka")
                .doesNotContain("Klea Shehu");
        assertThat(browser.driver.getPageSource()).doesNotContain("Internal: ask the family first");
        browser.signOut();

        // The school reads all of it.
        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/mobilities/mobility.xhtml?id=" + id);
        assertThat(browser.text(By.id("timeline"))).contains("Internal: ask the family first").contains("Besnik Leka");
        assertThat(browser.driver.findElements(By.id("report"))).hasSize(1);
        assertThat(browser.text(By.id("grant-inclusion"))).isNotEqualTo(text("_sq", "grant.status.WITHHELD"));
    }

    @Test
    void theCoordinatorSeesTheCitedSourceAndSavesTheRatesOfAYear() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        assertThat(browser.driver.findElements(By.id("navigation:rates"))).isNotEmpty();
        browser.open("/coordinator/rates.xhtml");

        assertThat(browser.text(By.id("cited-source"))).startsWith("Erasmus+ Programme Guide 2024");
        assertThat(browser.driver.findElements(By.cssSelector("#bands tr.cg-band"))).hasSize(7);
        assertThat(browser.driver.findElement(By.id("rates:source")).getAttribute("value")).startsWith("Erasmus+ Programme Guide 2024");

        browser.screenshot("grant-rates-coordinator");
        browser.submit(By.id("rates:save"));
        browser.waitForPath("/coordinator/rates.xhtml");

        assertThat(browser.messages()).contains(text("", "rates.saved").replace("{0}", "2024"));
        assertThat(browser.driver.findElements(By.cssSelector("#bands tr.cg-band"))).hasSize(7);
    }

    /**
     * The form always starts with the year's bands, so the coordinator removes them one by one: saving then is refused
     * with the rule's message (a table without a travel band estimates no grant), and the year's rates stay as they were.
     */
    @Test
    void theCoordinatorWhoRemovesEveryTravelBandIsToldOneIsNeededAndNothingIsSaved() {
        JsonObject before = json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null));
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        browser.open("/coordinator/rates.xhtml?year=2024");
        By bands = By.cssSelector("#bands tr.cg-band");
        int year2024 = before.getJsonArray("travelBands").size();
        assertThat(year2024).isPositive();
        // Counted as soon as the page opened, the rows were found 0 and 1 of 7 here under load: wait until all are there.
        browser.waitUntil(d -> d.findElements(bands).size() == year2024);

        for (int left = year2024 - 1; left >= 0; left--) {
            browser.click(By.cssSelector("#bands tr.cg-band button"));
            int remaining = left;
            browser.waitUntil(d -> d.findElements(bands).size() == remaining);
        }
        browser.submit(By.id("rates:save"));

        assertThat(browser.messages()).contains(Platform.serviceText("", "rates.rule.NO_TRAVEL_BANDS"))
                .doesNotContain(text("", "rates.saved").replace("{0}", "2024"));
        assertThat(json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null))).isEqualTo(before);
        browser.open("/coordinator/rates.xhtml?year=2024");
        browser.waitUntil(d -> d.findElements(bands).size() == year2024);
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
