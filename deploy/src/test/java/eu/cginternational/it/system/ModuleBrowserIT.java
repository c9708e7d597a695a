package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A self-paced module in headless Chromium, as teacher.kpt (who reads Albanian). */
class ModuleBrowserIT extends BrowserTest {

    private static final String SQ = "_sq";
    private static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    private static String format(String key, Object... arguments) {
        return new MessageFormat(text(SQ, key), ALBANIAN).format(arguments);
    }

    @Test
    void aTeacherReadsTheLessonsFailsTheQuizOncePassesItAndCompletesTheModule() {
        String title = Platform.unique("Browser module");
        long training = ModuleApiIT.createSelfPacedTraining(title);
        ModuleApiIT.buildModule(training);
        assertThat(Platform.json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.kpt", "{}"))
                .getString("status")).isEqualTo("REGISTERED");

        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/trainings/training.xhtml?id=" + training);
        browser.click(By.id("open-module"));
        browser.waitForPath("/trainings/module.xhtml");
        assertThat(browser.text(By.id("progress-text"))).isEqualTo(format("module.progress", 0, 3));
        // Where the teacher left off: the first lesson, in Albanian; the script of its English text never arrives.
        assertThat(browser.text(By.id("lesson-title"))).isEqualTo("Gjashtë llojet e interesave");
        assertThat(browser.text(By.id("lesson-body"))).isEqualTo("Holland përshkroi gjashtë lloje.");
        assertThat(browser.driver.findElement(By.id("video-link")).getAttribute("href")).isEqualTo("https://vimeo.com/76979871");
        browser.submit(By.id("lesson-actions:mark-done"));

        assertThat(browser.messages()).contains(text(SQ, "module.lesson_done"));
        assertThat(browser.text(By.id("lesson-title"))).isEqualTo("From profile to occupations");
        assertThat(browser.text(By.id("progress-text"))).isEqualTo(format("module.progress", 1, 3));
        browser.submit(By.id("lesson-actions:mark-done"));

        assertThat(browser.text(By.id("quiz-title"))).isEqualTo("Check");
        browser.click(By.xpath("//label[contains(normalize-space(.), 'Realistic')]"));
        browser.click(By.xpath("//label[contains(normalize-space(.), 'It describes interests')]"));
        browser.submit(By.id("answers:submit-quiz"));

        assertThat(browser.messages()).contains(format("module.quiz.failed", 0, 100));
        assertThat(browser.text(By.id("attempts"))).contains(text(SQ, "module.quiz.failed_tag"));
        assertThat(browser.text(By.id("progress-text"))).isEqualTo(format("module.progress", 2, 3));
        browser.click(By.xpath("//label[contains(normalize-space(.), 'Social')]"));
        browser.click(By.xpath("//label[contains(normalize-space(.), 'It describes interests')]"));
        browser.click(By.xpath("//label[contains(normalize-space(.), 'It starts a conversation')]"));
        browser.submit(By.id("answers:submit-quiz"));

        assertThat(browser.messages()).contains(text(SQ, "module.completed"));
        assertThat(browser.text(By.id("progress-text"))).isEqualTo(format("module.progress", 3, 3));
        assertThat(browser.text(By.id("module-completed"))).isEqualTo(text(SQ, "module.completed.tag"));
        assertThat(browser.text(By.id("attempts"))).contains(text(SQ, "module.quiz.passed_tag"));
        assertThat(Platform.json(asDemo("GET", "/api/trainings/" + training + "/module", "teacher.kpt", null))
                .getBoolean("completed")).isTrue();

        // The certificate of branch attend applies: its code on the training's page, its PDF for the teacher.
        browser.click(By.id("to-certificate"));
        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.text(By.id("certificate-code"))).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        String pdf = browser.driver.findElement(By.id("certificate-pdf")).getAttribute("href").replace(Platform.BASE_URL, "");
        HttpResponse<String> certificate = asDemo("GET", pdf, "teacher.kpt", null);
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(certificate.body()).startsWith("%PDF");
    }
}
