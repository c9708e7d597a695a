package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The resource library kept in pages: the author changes their own draft on its page, as over the API, and the
 * page offers the change only to whom the service allows it (a coordinator any, the author their draft).
 */
class ResourceBrowserIT extends BrowserTest {

    private static final String SQ = "_sq";

    @Test
    void theAuthorChangesTheirDraftInThePageAndNobodyElsesResource() {
        String title = Platform.unique("Udhëzues për intervistën");
        HttpResponse<String> created = asDemo("POST", "/api/resources", "teacher.kpt", "{\"title\": " + quoted(title)
                + ", \"summary\": \"Nga testi i faqes\", \"kind\": \"GUIDE\", \"language\": \"SQ\", \"audiences\": [\"STUDENT\"],"
                + " \"topics\": [\"intervista\", \"cv\"], \"body\": \"<p>Përgatitja për intervistën</p>\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();

        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/guidance/resource.xhtml?id=" + id);
        browser.click(By.id("edit"));
        browser.waitForPath("/guidance/resource-edit.xhtml?id=" + id);
        assertThat(browser.heading()).isEqualTo(text(SQ, "resource.edit"));
        assertThat(browser.driver.findElement(By.id("resource:topics")).getAttribute("value")).isEqualTo("intervista, cv");
        browser.type(By.id("resource:title"), title + " (ndryshuar)");
        assertThat(browser.driver.findElement(By.id("resource:title")).getAttribute("value")).isEqualTo(title + " (ndryshuar)");
        browser.submit(By.id("resource:save"));

        browser.waitForPath("/guidance/resource.xhtml?id=" + id);
        assertThat(browser.messages()).contains(text(SQ, "resource.changed"));
        assertThat(browser.heading()).isEqualTo(title + " (ndryshuar)");
        assertThat(browser.text(By.id("topics"))).isEqualTo("intervista, cv");
        JsonObject changed = json(asDemo("GET", "/api/resources/" + id, "teacher.kpt", null));
        assertThat(changed.getJsonObject("resource").getString("title")).isEqualTo(title + " (ndryshuar)");
        assertThat(changed.getJsonObject("resource").getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("intervista", "cv");
        assertThat(changed.getJsonObject("resource").getString("status")).isEqualTo("DRAFT");
        assertThat(changed.getString("body")).isEqualTo("<p>Përgatitja për intervistën</p>");

        long published = json(asDemo("GET", "/api/resources?status=PUBLISHED&size=1", "teacher.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        browser.open("/guidance/resource.xhtml?id=" + published);
        assertThat(browser.driver.findElements(By.id("edit"))).isEmpty();
        browser.open("/guidance/resource-edit.xhtml?id=" + published);
        assertThat(browser.heading()).isIn(text("", "error.page.403.title"), text(SQ, "error.page.403.title"),
                text("_sr_Latn_ME", "error.page.403.title"));
        assertThat(browser.driver.findElements(By.id("resource:save"))).isEmpty();
    }

    @Test
    void aNewResourceWithSeveralErrorsIsRefusedWithAllOfThemAtOnceAndKeepsTheInput() {
        String title = Platform.unique("Pa grup");
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/guidance/resource-edit.xhtml");
        browser.type(By.id("resource:title"), title);
        browser.type(By.id("resource:link"), "http://example.org/udhezues");
        browser.submit(By.id("resource:save"));

        assertThat(browser.messages()).contains(Platform.validationText(SQ, "resource.audience.required"),
                Platform.validationText(SQ, "resource.summary.required"), Platform.serviceText(SQ, "resource.link.https"));
        assertThat(browser.driver.findElement(By.id("resource:title")).getAttribute("value")).isEqualTo(title);
        assertThat(json(asDemo("GET", "/api/resources?q=" + title.replace(" ", "%20"), "coordinator", null))
                .getJsonNumber("total").longValue()).isZero();
    }
}
