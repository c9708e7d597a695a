package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The occupation of a mobility on its form and its page, and the indicators by occupation, in headless Chromium. */
class OccupationBrowserIT extends BrowserTest {

    @Test
    void theApplicantChoosesTheOccupationInTheirLanguageAndTheMobilityPageLinksIt() {
        long id = draft(Platform.mondayInMonths(30), null);

        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        browser.open("/mobilities/apply.xhtml?id=" + id);
        browser.openMenu("apply:iscoCode");
        browser.type(By.id("apply:iscoCode_filter"), "Kuzhinier");
        browser.pick("apply:iscoCode", "li.ui-selectonemenu-item[data-label^='5120']");
        browser.submit(By.id("apply:save"));
        browser.waitForPath("/mobilities/mobility.xhtml");

        // Klea Shehu reads Albanian: the occupation is titled in Albanian and links to its page.
        WebElement occupation = browser.driver.findElement(By.id("occupation"));
        assertThat(occupation.getText()).isEqualTo("5120 – Kuzhinier");
        assertThat(occupation.getAttribute("href")).endsWith("/guidance/occupation.xhtml?isco=5120");
        assertThat(json(asDemo("GET", "/api/mobilities/" + id, "student.kpt", null)).getString("iscoCode")).isEqualTo("5120");
        browser.screenshot("mobility-occupation-student-kpt");

        browser.click(By.id("occupation"));
        browser.waitForPath("/guidance/occupation.xhtml?isco=5120");
        assertThat(browser.heading()).contains("Kuzhinier");
    }

    @Test
    void theCoordinatorReadsApprovedMobilitiesByOccupationAndDestination() {
        long id = draft(Platform.mondayInMonths(31), "7512");
        MobilityApiIT.act(id, "student.kpt", "SUBMIT", null, 1);
        MobilityApiIT.act(id, "school.kpt", "APPROVE", null, 2);
        MobilityApiIT.act(id, "ministry.al", "APPROVE", null, 3);

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        browser.open("/guidance/indicators.xhtml");

        assertThat(browser.text(By.cssSelector("#area-MOBILITIES_BY_OCCUPATION h2")))
                .isEqualTo(text("", "IndicatorArea.MOBILITIES_BY_OCCUPATION"));
        assertThat(browser.driver.findElements(By.cssSelector(".cg-indicator-MOBILITIES_BY_OCCUPATION tbody tr")))
                .extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains("Kolegji Profesional i Tiranës", "7512 – Baker and pastry cook",
                        "Spain"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()",
                browser.driver.findElement(By.id("area-MOBILITIES_BY_OCCUPATION")));
        browser.screenshot("indicators-by-occupation-coordinator");
    }

    /** A draft of student.kpt at Costa Azul (Spain), through the API. */
    private static long draft(LocalDate start, String iscoCode) {
        long hostId = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s", "iscoCode": %s}"""
                .formatted(hostId, start, start.plusDays(20), iscoCode == null ? "null" : "\"" + iscoCode + "\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }
}
