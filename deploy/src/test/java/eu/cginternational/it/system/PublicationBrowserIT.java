package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static eu.cginternational.it.system.Platform.serviceText;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.it.services.SigningTestData;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Research and policy kept in pages: the coordinator adds a recommendation with its PDF and moves
 * its status; anyone reads it and downloads the file without signing in; a file that is not what
 * its name says is refused with the reason, and nothing is saved.
 */
class PublicationBrowserIT extends BrowserTest {

    private static Path folder() throws IOException {
        return Files.createDirectories(Path.of("target", "publications"));
    }

    @Test
    void theCoordinatorPublishesARecommendationWithItsPdfAndAnyoneDownloadsItWithoutSigningIn() throws IOException {
        byte[] pdf = SigningTestData.uniquePdf();
        Path file = Files.write(folder().resolve("recommendation-career-guidance.pdf"), pdf);
        String title = Platform.unique("A counsellor in every VET school");

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/");
        browser.open("/policy/index.xhtml");
        browser.click(By.id("new-publication"));
        browser.waitForPath("/policy/publication.xhtml");
        assertThat(browser.heading()).isEqualTo(text("", "publication.new"));

        choose("kind", text("", "PublicationKind.RECOMMENDATION"));
        browser.type(By.id("publication:title"), title);
        browser.type(By.id("publication:summary"), "Every VET school names a trained career counsellor by 2028.");
        choose("country", "Montenegro");
        browser.type(By.id("publication:addressee"), "Ministry of Education, Science and Innovation");
        browser.type(By.id("publication:link"), "https://cginternational.eu/policy/counsellors");
        upload(file);
        browser.submit(By.id("publication:save"));

        browser.waitForPath("/policy/publication.xhtml?id=");
        assertThat(browser.messages()).contains(text("", "publication.saved"));
        assertThat(browser.text(By.id("publication:current-file"))).contains(file.getFileName().toString());
        assertThat(browser.text(By.id("status:current"))).isEqualTo(text("", "RecommendationStatus.PROPOSED"));

        browser.chooseLabelled("status:next", text("", "RecommendationStatus.ADOPTED"));
        browser.click(By.id("status:track"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(
                By.id("status:current"), text("", "RecommendationStatus.ADOPTED")));
        assertThat(browser.messages()).contains(text("", "publication.status_changed"));
        browser.screenshot("publication-coordinator");
        browser.signOut();

        browser.open("/policy/index.xhtml");
        assertThat(browser.driver.findElements(By.id("new-publication"))).isEmpty();
        new Select(browser.driver.findElement(By.id("kind"))).selectByValue("RECOMMENDATION");
        new Select(browser.driver.findElement(By.id("status"))).selectByValue("ADOPTED");
        browser.click(By.id("filter-apply"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.and(
                ExpectedConditions.urlContains("kind=RECOMMENDATION"), ExpectedConditions.urlContains("status=ADOPTED")));
        WebElement row = browser.driver.findElement(By.xpath("//tr[.//strong[text()=" + quoted(title) + "]]"));
        assertThat(row.getText()).contains(text("", "RecommendationStatus.ADOPTED"), "Ministry of Education, Science and Innovation",
                file.getFileName().toString());
        assertThat(row.findElements(By.cssSelector("a.cg-publication-edit"))).isEmpty();
        String href = row.findElement(By.cssSelector("a[href*='/file']")).getAttribute("href");
        HttpResponse<byte[]> download = SigningApiIT.bytes(href.replace(Platform.BASE_URL, ""), null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(download.body()).isEqualTo(pdf);
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedWithTheReasonAndNothingIsSaved() throws IOException {
        Path fake = Files.write(folder().resolve("renamed-script.pdf"),
                "#!/bin/sh\necho this is not a PDF\n".getBytes(StandardCharsets.US_ASCII));
        String title = Platform.unique("Report with a renamed script");

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/");
        browser.open("/policy/publication.xhtml");
        choose("kind", text("", "PublicationKind.REPORT"));
        browser.type(By.id("publication:title"), title);
        browser.type(By.id("publication:summary"), "Should never be published.");
        upload(fake);
        browser.submit(By.id("publication:save"));

        assertThat(browser.messages()).contains(serviceText("", "resource.file.type", fake.getFileName().toString()));
        assertThat(browser.path()).doesNotContain("id=");
        HttpResponse<String> reports = call("GET", "/api/publications?kind=REPORT&size=100", null, null, null);
        assertThat(json(reports).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("title")).doesNotContain(title);
    }

    @Test
    void aPublicationKeepsItsCountryWhenChangedInThePageAndGermanyAndAustriaAreOffered() {
        String title = Platform.unique("Guidance in Belgian VET schools");
        HttpResponse<String> created = asDemo("POST", "/api/publications", "coordinator", "{\"kind\": \"REPORT\", \"title\": "
                + quoted(title) + ", \"summary\": \"Filed under a country the page does not list.\", \"country\": \"BE\","
                + " \"publishedOn\": \"" + LocalDate.now() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).getJsonNumber("id").toString();

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/");
        browser.open("/policy/publication.xhtml?id=" + id);
        browser.type(By.id("publication:summary"), "Corrected in the page.");
        browser.submit(By.id("publication:save"));

        browser.waitForPath("/policy/publication.xhtml?id=");
        assertThat(browser.messages()).contains(text("", "publication.saved"));
        JsonObject changed = json(call("GET", "/api/publications/" + id, null, null, null));
        assertThat(changed.getString("summary")).isEqualTo("Corrected in the page.");
        assertThat(changed.getString("country")).isEqualTo("BE");

        browser.open("/policy/index.xhtml");
        assertThat(new Select(browser.driver.findElement(By.id("country"))).getOptions())
                .extracting(option -> option.getAttribute("value")).contains("DE", "AT");
    }

    @Test
    void onlyCoordinatorsOpenTheEditor() {
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/");
        browser.open("/policy/publication.xhtml");
        assertThat(browser.heading()).isIn(text("", "error.page.403.title"), text("_sq", "error.page.403.title"),
                text("_sr_Latn_ME", "error.page.403.title"));
        assertThat(browser.driver.findElements(By.id("publication:save"))).isEmpty();
        browser.open("/policy/index.xhtml");
        assertThat(browser.driver.findElements(By.id("new-publication"))).isEmpty();
    }

    /** Opens a PrimeFaces select menu of the publication form and picks the item with the label. */
    private static void choose(String menu, String label) {
        browser.chooseLabelled("publication:" + menu, label);
    }

    private static void upload(Path file) {
        browser.driver.findElement(By.cssSelector("#publication input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }
}
