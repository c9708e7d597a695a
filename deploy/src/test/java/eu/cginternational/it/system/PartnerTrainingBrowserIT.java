package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Trainings provided by a company, in headless Chromium: its partner staff (partner.es of Costa
 * Azul Hoteles, who reads English) find them under the Trainings menu, mark attendance and build a
 * self-paced module; the partner staff of another company (partner.al, who reads Albanian) neither
 * find them nor act on them.
 */
class PartnerTrainingBrowserIT extends BrowserTest {

    private static final String PARTICIPANT = "Jelena Popović";

    @Test
    void thePartnerOfTheProviderMarksAttendanceAndAnotherCompanysPartnerCannot() {
        String title = Platform.unique("Hotel training");
        long training = TrainingAttendanceApiIT.upcomingTraining(title, "Costa");
        long seat = json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.pljevlja", "{}"))
                .getJsonNumber("id").longValue();
        assertThat(TrainingAttendanceApiIT.revise(training, TrainingAttendanceApiIT.trainingBody(title, 3, "Costa")).statusCode())
                .isEqualTo(200);

        browser.signIn("partner.es", DEMO_PASSWORD);
        browser.waitForPath("/partner/index.xhtml");
        // The menu holds the provider's trainings and none of the school staff's or the coordinator's items.
        browser.click(By.id("navigation:training-menu"));
        assertThat(browser.text(By.id("navigation:trainings"))).isEqualTo(text("", "menu.provided_trainings"));
        assertThat(browser.driver.findElements(By.id("navigation:my-trainings"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("navigation:nominations"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("navigation:training-dashboard"))).isEmpty();
        browser.click(By.id("navigation:trainings"));
        browser.waitForPath("/trainings/index.xhtml");
        assertThat(browser.text(By.id("intro"))).isEqualTo(text("", "trainings.intro.provider"));
        // Only Costa Azul's trainings are listed: the demo training too, no training of Mundus.
        assertThat(browser.text(By.id("trainings:table"))).contains("Preparing learners for hotel placements")
                .doesNotContain("Career guidance basics for VET teachers");
        browser.type(By.id("trainings:table:title:filter"), title.substring(title.indexOf('.') + 1));
        browser.click(By.linkText(title));

        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.text(By.id("provider-staff"))).isEqualTo(text("", "training.provider_staff"));
        assertThat(browser.driver.findElements(By.cssSelector(".cg-action-REGISTER"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("registration"))).isEmpty();
        browser.click(By.id("attendance-sheet"));

        browser.waitForPath("/trainings/attendance.xhtml");
        By row = By.xpath("//tr[contains(@class,'cg-seat-" + seat + "')]");
        assertThat(browser.text(row)).contains(PARTICIPANT);
        browser.click(By.xpath("//tr[contains(@class,'cg-seat-" + seat + "')]//button[contains(@class,'cg-mark-present-0')]"));
        browser.text(By.xpath("//tr[contains(@class,'cg-seat-" + seat + "')]//span[contains(@class,'cg-mark-present')]"));

        JsonObject marked = json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null))
                .getJsonArray("seats").getJsonObject(0);
        assertThat(marked.getJsonNumber("registrationId").longValue()).isEqualTo(seat);
        assertThat(marked.getJsonObject("marks").values()).singleElement().hasToString("true");
        // Both sessions are over: the partner closes the training (nobody attended both, so nobody completes).
        browser.submit(By.id("sheet:close"));
        browser.waitForPath("/trainings/attendance.xhtml");
        assertThat(browser.messages()).contains(MessageFormat.format(text("", "training.closed_result"), 0));
        assertThat(browser.text(By.id("closed"))).contains(text("", "attendance.closed"));
        // Registering is for school staff: the page of one's own registrations stays closed.
        browser.open("/trainings/mine.xhtml");
        assertThat(browser.heading()).isEqualTo(text("", "error.page.403.title"));

        browser.open("/login.xhtml");
        browser.driver.manage().deleteAllCookies();
        browser.signIn("partner.al", DEMO_PASSWORD);
        browser.waitForPath("/partner/index.xhtml");
        browser.open("/trainings/index.xhtml");
        assertThat(browser.driver.findElements(By.linkText(title))).isEmpty();
        browser.open("/trainings/training.xhtml?id=" + training);
        assertThat(browser.heading()).isEqualTo(text("_sq", "error.page.404.title"));
        browser.open("/trainings/attendance.xhtml?id=" + training);
        assertThat(browser.heading()).isEqualTo(text("_sq", "error.page.403.title"));
        assertThat(browser.driver.getPageSource()).doesNotContain(PARTICIPANT);
        String session = json(asDemo("GET", "/api/trainings/" + training + "/attendance", "coordinator", null))
                .getJsonArray("sessions").getJsonObject(1).getJsonNumber("id").toString();
        HttpResponse<String> refused = asDemo("PUT", "/api/trainings/" + training + "/attendance/" + session + "/" + seat,
                "partner.al", "{\"present\": true}");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void thePartnerOfTheProviderAddsALessonWithAFileToTheModuleAndAnotherCompanysPartnerIsRefusedTheEditor(@TempDir Path folder) throws IOException {
        String title = Platform.unique("Hotel module");
        long training = ModuleApiIT.createSelfPacedTraining(title, "Costa");

        browser.signIn("partner.es", DEMO_PASSWORD);
        browser.waitForPath("/partner/index.xhtml");
        browser.open("/trainings/training.xhtml?id=" + training);
        assertThat(browser.driver.findElements(By.id("module-needs-seat"))).isEmpty();
        browser.click(By.id("open-module"));
        browser.waitForPath("/trainings/module.xhtml");
        browser.click(By.id("edit-module"));
        browser.waitForPath("/trainings/module-edit.xhtml");
        browser.click(By.id("items:new-lesson"));
        browser.type(By.id("lesson:title-en"), "Check-in at the front desk");
        browser.type(By.id("lesson:body-en"), "<p>Greet the guest, then check the booking.</p>");
        browser.submit(By.id("lesson:save-lesson"));

        browser.waitForPath("/trainings/module-edit.xhtml");
        assertThat(browser.messages()).contains(text("", "module.saved"));
        assertThat(browser.text(By.id("items:item-table"))).contains("Check-in at the front desk");
        Path sheet = Files.writeString(folder.resolve("front-desk.txt"), "Greet the guest, check the booking.");
        browser.click(By.id("items:item-table:0:edit-lesson"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("files:upload"))).sendKeys(sheet.toString());
        browser.submit(By.id("files:attach"));
        assertThat(browser.messages()).contains(text("", "module.file_attached"));
        assertThat(browser.text(By.id("file-list"))).contains("front-desk.txt");
        assertThat(browser.driver.findElement(By.id("lesson:title-en")).getAttribute("value")).isEqualTo("Check-in at the front desk");
        browser.submit(By.cssSelector("#file-list a"));
        assertThat(browser.messages()).contains(text("", "module.saved"));
        assertThat(browser.driver.findElements(By.cssSelector("#file-list li"))).isEmpty();
        assertThat(browser.text(By.id("no-files"))).isEqualTo(text("", "module.edit.no_files"));
        assertThat(json(asDemo("GET", "/api/trainings/" + training + "/module", "coordinator", null)).getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(item -> item.getString("title"))
                .containsExactly("Check-in at the front desk");

        browser.open("/login.xhtml");
        browser.driver.manage().deleteAllCookies();
        browser.signIn("partner.al", DEMO_PASSWORD);
        browser.waitForPath("/partner/index.xhtml");
        browser.open("/trainings/module-edit.xhtml?id=" + training);
        assertThat(browser.heading()).isEqualTo(text("_sq", "error.page.403.title"));
        HttpResponse<String> refused = asDemo("POST", "/api/trainings/" + training + "/module/lessons", "partner.al",
                "{\"titleEn\": \"Not ours\", \"bodyEn\": \"<p>No.</p>\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
