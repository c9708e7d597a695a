package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The walk of a participant through trainings in headless Chromium, as teacher.pljevlja (who reads
 * Montenegrin): registering and taking the calendar file, waiting on a full training until someone
 * cancels, then, once the provider has marked the attendance and closed the training, the
 * certificate whose code the public page confirms without signing in.
 */
class TrainingCertificateBrowserIT extends BrowserTest {

    private static final String CNR = "_sr_Latn_ME";

    @Test
    void aTeacherRegistersWaitsIsPromotedAndGetsACertificateThePublicPageConfirms() {
        String title = Platform.unique("Certificate training");
        long attended = TrainingAttendanceApiIT.upcomingTraining(title);
        String fullTitle = Platform.unique("Full training");
        long full = TrainingApiIT.createTraining(fullTitle, 1, Duration.ofDays(25), false);
        long seatOfKpt = json(asDemo("POST", "/api/trainings/" + full + "/registrations", "teacher.kpt", "{}"))
                .getJsonNumber("id").longValue();

        // Registers and takes the calendar of the registration.
        browser.signIn("teacher.pljevlja", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/trainings/training.xhtml?id=" + attended);
        browser.submit(By.cssSelector(".cg-action-REGISTER"));
        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.messages()).contains(text(CNR, "training.result.REGISTERED"));
        String ics = fetchText(By.id("my-ics"));
        assertThat(ics).contains("BEGIN:VCALENDAR", "TZID:Europe/Podgorica", "SUMMARY:" + title);

        // Waits on the full training, then gets the seat teacher.kpt gives up, and is told.
        browser.open("/trainings/training.xhtml?id=" + full);
        browser.submit(By.cssSelector(".cg-action-REGISTER"));
        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.text(By.id("my-position"))).isEqualTo(format(text(CNR, "training.my_position"), 1));
        assertThat(asDemo("DELETE", "/api/registrations/" + seatOfKpt, "teacher.kpt", null).statusCode()).isEqualTo(200);
        browser.open("/trainings/training.xhtml?id=" + full);
        assertThat(browser.text(By.id("my-status-tag"))).isEqualTo(text(CNR, "RegistrationStatus.REGISTERED"));
        browser.open("/notifications.xhtml");
        assertThat(browser.text(By.tagName("main"))).contains(fullTitle);

        // The sessions take place; the provider marks both and closes the training.
        TrainingAttendanceApiIT.tookPlace(attended, title, 3);
        long registration = json(asDemo("GET", "/api/trainings/" + attended, "teacher.pljevlja", null))
                .getJsonObject("myRegistration").getJsonNumber("id").longValue();
        JsonObject sheet = json(asDemo("GET", "/api/trainings/" + attended + "/attendance", "coordinator", null));
        sheet.getJsonArray("sessions").getValuesAs(JsonObject.class).forEach(session -> assertThat(asDemo("PUT",
                "/api/trainings/" + attended + "/attendance/" + session.getJsonNumber("id") + "/" + registration,
                "coordinator", "{\"present\": true}").statusCode()).isEqualTo(200));
        assertThat(asDemo("POST", "/api/trainings/" + attended + "/closing", "coordinator", null).statusCode()).isEqualTo(200);

        // The certificate, then its code on the public page, signed out.
        browser.open("/trainings/training.xhtml?id=" + attended);
        String code = browser.text(By.id("certificate-code"));
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(fetchText(By.id("certificate-pdf"))).startsWith("%PDF-");
        browser.screenshot("training-certificate-teacher-pljevlja");
        browser.signOut();
        browser.open("/verify-certificate.xhtml");
        browser.type(By.id("code"), code.toLowerCase());
        browser.click(By.id("verify-submit"));
        browser.waitForPath("/verify-certificate.xhtml");
        assertThat(browser.text(By.id("verified-participant"))).isEqualTo("Jelena Popović");
        assertThat(browser.text(By.id("verified-training"))).isEqualTo(title);
        assertThat(browser.text(By.id("verified-code"))).isEqualTo(code);
        browser.open("/verify-certificate.xhtml?code=2222-3333-4444");
        assertThat(browser.driver.findElements(By.id("not-verified"))).hasSize(1);
        assertThat(browser.driver.findElements(By.id("verified"))).isEmpty();
    }

    /** The text behind a link on the page, fetched with the browser's own session. */
    private static String fetchText(By link) {
        String href = browser.driver.findElement(link).getAttribute("href");
        Object body = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                href);
        return String.valueOf(body);
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.forLanguageTag("sr-Latn-ME")).format(arguments);
    }
}
