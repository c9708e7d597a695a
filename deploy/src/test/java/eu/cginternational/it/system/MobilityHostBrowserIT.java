package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static eu.cginternational.it.system.Platform.serviceText;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The host of an application in headless Chromium: the form offers only who can host (a company, a project partner, a
 * VET school abroad), and a mobility left with a host that cannot host is told to change it, and can.
 */
class MobilityHostBrowserIT extends BrowserTest {

    @Test
    void theHostFieldOffersCompaniesAndVetSchoolsAbroadButNoMinistryNorNationalAgency() {
        String name = Platform.unique("Anfitrion");
        for (String type : List.of("COMPANY", "VET_SCHOOL", "MINISTRY", "NATIONAL_AGENCY")) {
            institutionInSpain(name + " " + type, type);
        }
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/mobilities/apply.xhtml");

        browser.type(By.id("apply:host_input"), name);
        browser.waitUntil(ExpectedConditions.attributeContains(By.id("apply:host_panel"), "class",
                "ui-connected-overlay-enter-done"));

        assertThat(browser.driver.findElements(By.cssSelector("#apply\\:host_panel li.ui-autocomplete-item")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder(name + " COMPANY (Valencia, ES)", name + " VET_SCHOOL (Valencia, ES)");
    }

    @Test
    void aDraftWhoseHostBecameANationalAgencyIsToldToChangeItAndTheFormTakesAnotherHost() {
        String agency = Platform.unique("Agencia");
        JsonObject company = institutionInSpain(agency, "COMPANY");
        long draft = draftForKlea(company.getJsonNumber("id").longValue(), LocalDate.now().plusDays(150));
        // As a coordinator corrects what the organisation is: from before hosts were checked, a draft keeps its host.
        HttpResponse<String> corrected = asDemo("PUT", "/api/institutions/" + company.getJsonNumber("id"), "coordinator",
                institution(agency, "NATIONAL_AGENCY", company.getJsonNumber("version").longValue()));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");

        browser.open("/mobilities/mobility.xhtml?id=" + draft);

        assertThat(browser.text(By.id("la-not-sendable")))
                .isEqualTo(MessageFormat.format(text("_sq", "learning.rule.HOST_TO_CHANGE"), agency));

        browser.submit(By.id("edit"));
        assertThat(browser.driver.findElement(By.id("apply:host_input")).getAttribute("value")).startsWith(agency);
        browser.submit(By.id("apply:save"));
        assertThat(browser.messages()).contains(serviceText("_sq", "mobility.host.cannot_host", agency));

        browser.suggest("apply:host", "Costa Azul");
        browser.submit(By.id("apply:save"));
        browser.waitForPath("/mobilities/mobility.xhtml");

        assertThat(browser.text(By.id("facts"))).contains("Costa Azul Hoteles S.L.").doesNotContain(agency);
        assertThat(browser.text(By.id("la-not-sendable"))).isEqualTo(text("_sq", "learning.rule.NOT_SUBMITTED"));
        assertThat(json(asDemo("GET", "/api/mobilities/" + draft, "teacher.kpt", null)).getJsonObject("host")
                .getString("name")).isEqualTo("Costa Azul Hoteles S.L.");
    }

    /** A new institution in Valencia, made by the coordinator; answers it as the API does. */
    private static JsonObject institutionInSpain(String name, String type) {
        HttpResponse<String> created = asDemo("POST", "/api/institutions", "coordinator", institution(name, type, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    private static String institution(String name, String type, Long version) {
        return """
                {"name": %s, "type": %s, "countryCode": "ES", "city": "Valencia", "latitude": 39.47, "longitude": -0.38,
                 "version": %s}""".formatted(quoted(name), quoted(type), version);
    }

    /** A learner mobility of student.kpt, a draft teacher.kpt made for her, to the host from the day. */
    private static long draftForKlea(long hostId, LocalDate start) {
        long student = CounsellingApiIT.studentId("teacher.kpt", "student.kpt");
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "teacher.kpt", """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s", "participantId": %d}"""
                .formatted(hostId, start, start.plusDays(20), student));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }
}
