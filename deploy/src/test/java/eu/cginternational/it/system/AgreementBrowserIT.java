package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The walk-through of partnership agreements and the opportunities board in headless Chromium:
 * school.kpt drafts an agreement with Costa Azul Hoteles and sends it; partner.es signs with a
 * drawn signature after entering the password again; school.kpt signs; the agreement is active and
 * its PDF and audit certificate download. Then a student applies to a placement and the school
 * accepts: a mobility draft exists.
 */
class AgreementBrowserIT extends BrowserTest {

    @Test
    void anAgreementIsDraftedSentSignedByBothAndAPlacementBecomesAMobility() {
        String title = Platform.unique("Hospitality placements");
        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/agreements/edit.xhtml");
        browser.type(By.id("agreement:title"), title);
        browser.tick("agreement:parties", "Costa Azul");
        browser.type(By.id("agreement:objectives"), "Placements in hotel kitchens and restaurants for learners of Tirana.");
        browser.type(By.id("agreement:placements:0:isco"), "5120");
        browser.type(By.id("agreement:placements:0:occupation"), "Cooks");
        browser.type(By.id("agreement:placements:0:perYear_input"), "3");
        chooseSigner(0, "Javier Ortega");
        addSignerRow(1);
        chooseSigner(1, "Besnik Leka");
        // The dates last: a closing date picker takes the focus back and would catch keys meant for another field.
        LocalDate start = LocalDate.now().plusMonths(1);
        Map<By, String> dates = Map.of(By.id("agreement:startDate_input"), browser.typed(start),
                By.id("agreement:endDate_input"), browser.typed(start.plusYears(2)));
        dates.forEach(browser::enter);
        browser.keepEntered(dates);
        browser.submit(By.id("agreement:save"));
        browser.waitForPath("/agreements/agreement.xhtml");
        long id = Long.parseLong(browser.path().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        browser.submit(By.cssSelector("#act button.cg-action-SEND"));
        browser.waitForPath("/agreements/agreement.xhtml");
        assertThat(browser.text(By.id("status"))).isEqualTo(text("_sq", "AgreementStatus.SENT_FOR_SIGNATURE"));
        browser.signOut();

        sign("partner.es", "Javier Ortega", id);
        assertThat(browser.text(By.id("status"))).isEqualTo(text("", "AgreementStatus.PARTIALLY_SIGNED"));
        browser.signOut();

        sign("school.kpt", "Besnik Leka", id);
        assertThat(browser.text(By.id("status"))).isEqualTo(text("_sq", "AgreementStatus.ACTIVE"));
        HttpResponse<String> pdf = browser.download(href("signing-pdf"), HttpResponse.BodyHandlers.ofString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        HttpResponse<String> certificate = browser.download(href("signing-certificate"), HttpResponse.BodyHandlers.ofString());
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.body()).startsWith("%PDF-");
        JsonObject agreement = json(asDemo("GET", "/api/agreements/" + id, "partner.es", null));
        assertThat(agreement.getString("status")).isEqualTo("ACTIVE");
        assertThat(agreement.getJsonArray("events").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("SEND", "SIGN", "COMPLETE");
        browser.signOut();

        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        browser.open("/opportunities/index.xhtml?isco=5131&country=ES");
        browser.click(By.cssSelector("#board\\:table a.cg-opportunity-link"));
        browser.waitForPath("/opportunities/opportunity.xhtml");
        assertThat(browser.text(By.id("work-language"))).isEqualTo("Anglisht"); // "en", named in the student's Albanian
        browser.type(By.id("apply:motivation"), "I serve at our school restaurant every week and speak English.");
        browser.submit(By.id("apply:send"));
        browser.waitForPath("/opportunities/applications.xhtml");
        assertThat(browser.text(By.id("applications:table"))).contains("Waiters")
                .contains(text("_sq", "ApplicationStatus.PENDING"));
        browser.signOut();

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/opportunities/applications.xhtml");
        browser.submit(By.cssSelector("#applications\\:table button.cg-accept"));
        browser.waitForPath("/mobilities/mobility.xhtml");
        assertThat(browser.text(By.id("status"))).isEqualTo(text("_sq", "MobilityStatus.DRAFT"));
        assertThat(browser.text(By.id("facts"))).contains("Costa Azul Hoteles");
    }

    /**
     * An occupation in the board's address that begins no ISCO-08 code (ISCO-08 has no sub-major group 15) is told in a
     * message naming it, and the board lists its placements without it, instead of an empty list that reads as "no
     * placement there" or an error page; a language typed that is no language code is told on searching.
     */
    @Test
    void theBoardTellsAnOccupationOrALanguageThatCanNameNothingRatherThanListingNone() {
        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        browser.open("/opportunities/index.xhtml?isco=15");
        assertThat(browser.heading()).isEqualTo(text("_sq", "opportunities.title"));
        assertThat(browser.messages()).contains(
                MessageFormat.format(text("_sq", "opportunities.isco.invalid"), text("_sq", "opportunities.isco"), "15"));
        assertThat(browser.text(By.id("board:table"))).doesNotContain(text("_sq", "opportunities.none"));
        assertThat(browser.driver.findElements(By.cssSelector("#board\\:table a.cg-opportunity-link"))).isNotEmpty();

        browser.type(By.id("board:language"), "xx");
        browser.click(By.id("board:search"));
        String language = MessageFormat.format(text("_sq", "opportunities.language_code.invalid"),
                text("_sq", "opportunities.language"), "xx");
        browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains(language));
    }

    @Test
    void aPartyThatDidNotDraftTheAgreementFindsItsPartiesCheckedAndSavesThem() {
        long kpt = json(asDemo("GET", "/api/institutions?name=Kolegji%20Profesional", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long javier = json(asDemo("GET", "/api/users?username=partner.es", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long besnik = json(asDemo("GET", "/api/users?username=school.kpt", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate start = LocalDate.now().plusMonths(1);
        HttpResponse<String> created = asDemo("POST", "/api/agreements", "partner.es", """
                {"title": "%s", "partyIds": [%d], "objectives": "Kitchen placements.", "startDate": "%s", "endDate": "%s",
                 "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}], "mentors": 1,
                 "signerIds": [%d, %d]}""".formatted(Platform.unique("Drafted by Costa Azul"), kpt, start, start.plusYears(1),
                javier, besnik));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/agreements/edit.xhtml?id=" + id);
        long costaAzul = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        // The menu's own hidden checkboxes: one per choice, checked for the parties chosen.
        assertThat(browser.driver.findElements(By.cssSelector("#agreement\\:parties input[type=checkbox]")))
                .extracting(box -> box.getAttribute("value")).contains(String.valueOf(kpt))
                .doesNotContain(String.valueOf(costaAzul));
        assertThat(browser.driver.findElements(By.cssSelector("#agreement\\:parties input[type=checkbox]")).stream()
                .filter(box -> box.getAttribute("checked") != null).map(box -> box.getAttribute("value")).toList())
                .containsExactly(String.valueOf(kpt));
        String title = Platform.unique("Edited by Kolegji");
        browser.type(By.id("agreement:title"), title);
        browser.submit(By.id("agreement:save"));
        browser.waitForPath("/agreements/agreement.xhtml");

        JsonObject saved = json(asDemo("GET", "/api/agreements/" + id, "partner.es", null));
        assertThat(saved.getString("title")).isEqualTo(title);
        assertThat(saved.getJsonArray("parties").getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .anyMatch(name -> name.startsWith("Kolegji Profesional")).anyMatch(name -> name.startsWith("Costa Azul"));
        assertThat(saved.getJsonObject("current").getJsonArray("signers").getValuesAs(JsonObject.class))
                .extracting(signer -> signer.getString("username")).containsExactly("partner.es", "school.kpt");
    }

    /** Signs in as the signer, opens the agreement and {@link #signOpenAgreement signs it}. */
    private static void sign(String username, String fullName, long id) {
        browser.signIn(username, DEMO_PASSWORD);
        browser.waitForPath(username.startsWith("partner") ? "/partner/index.xhtml" : "/school/index.xhtml");
        browser.open("/agreements/agreement.xhtml?id=" + id);
        signOpenAgreement(browser, fullName);
    }

    /** Signs the agreement open in the browser: consent, typed name, a drawn line, the password again. */
    static void signOpenAgreement(Browser browser, String fullName) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id("sign")));
        browser.click(By.cssSelector("#sign\\:consent .ui-chkbox-box"));
        browser.type(By.id("sign:typedName"), fullName);
        WebElement pad = browser.driver.findElement(By.cssSelector("#sign\\:pad canvas"));
        new Actions(browser.driver).moveToElement(pad, -120, 10).clickAndHold().moveByOffset(60, -30).moveByOffset(60, 40)
                .moveByOffset(80, -20).release().perform();
        browser.type(By.id("sign:password"), DEMO_PASSWORD);
        browser.submit(By.id("sign:sign-now"));
        browser.waitForPath("/agreements/agreement.xhtml");
    }

    /** The address of a link button, whether its id is on the link or on the element around it. */
    private static String href(String id) {
        WebElement button = browser.driver.findElement(By.id(id));
        return "a".equals(button.getTagName()) ? button.getAttribute("href")
                : button.findElement(By.tagName("a")).getAttribute("href");
    }

    /** Adds a row for a signer; when it does not come, says what the page shows instead (seen in CI). */
    private static void addSignerRow(int row) {
        browser.click(By.id("agreement:add-signer"));
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("agreement:signers:" + row + ":signer")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No row " + row + " for a signer; messages " + browser.driver.findElements(By.id("messages"))
                    .stream().map(WebElement::getText).toList() + ", fields in error "
                    + browser.driver.findElements(By.cssSelector(".ui-state-error[id]")).stream()
                            .map(field -> field.getAttribute("id")).toList(), e);
        }
    }

    private static void chooseSigner(int row, String name) {
        browser.choose("agreement:signers:" + row + ":signer", "li[data-label^=" + quoted(name) + "]");
    }
}
