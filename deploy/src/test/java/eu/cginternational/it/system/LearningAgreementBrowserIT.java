package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The learning agreement on the mobility page in headless Chromium, as the teacher of the sending school uses it. */
class LearningAgreementBrowserIT extends BrowserTest {

    @Test
    void aTeacherWritesTheLearningAgreementAndDownloadsItsPdf() {
        long id = submittedMobilityOfKlea(Platform.mondayInMonths(32));
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/mobilities/mobility.xhtml?id=" + id);

        browser.submit(By.id("la:save"));
        assertThat(browser.messages()).isNotBlank();
        assertThat(json(asDemo("GET", "/api/mobilities/" + id + "/learning-agreement", "teacher.kpt", null))
                .getJsonArray("versions")).isEmpty();

        browser.type(By.id("la:outcomes"), "Përgatit mëngjesin për 80 mysafirë sipas standardeve HACCP.");
        browser.type(By.id("la:tasks"), "Punon në kuzhinën e hotelit; përgatit bufenë e mëngjesit.");
        browser.type(By.id("la:hours"), "35");
        browser.type(By.id("la:mentorName"), "María José Ruiz");
        browser.type(By.id("la:mentorFunction"), "Shefe e kuzhinës");
        browser.type(By.id("la:mentorEmail"), "mj.ruiz@costaazul.example.es");
        browser.type(By.id("la:monitoring"), "Bisedë javore me mentorin; ditar praktike.");
        browser.type(By.id("la:assessment"), "Mentori vlerëson detyrat me tabelën e shkollës.");
        choose("recognition", text("_sq", "Recognition.ECVET"));
        browser.type(By.id("la:recognitionDetails"), "Njësia 4 e kualifikimit Kuzhinier, 8 pikë ECVET.");
        choose("language", "Spanjisht");
        choose("level", text("_sq", "CefrLevel.A2"));
        show("learning-agreement");
        browser.screenshot("learning-agreement-form-teacher-kpt");
        browser.submit(By.id("la:save"));
        browser.waitForPath("/mobilities/mobility.xhtml");

        assertThat(browser.messages()).contains(text("_sq", "learning.saved"));
        assertThat(browser.text(By.id("la-current"))).contains("Përgatit mëngjesin për 80 mysafirë sipas standardeve HACCP.")
                .contains("María José Ruiz").contains("Spanjisht").contains(text("_sq", "CefrLevel.A2"));
        assertThat(browser.driver.findElements(By.cssSelector("#la-versions li"))).hasSize(1);
        show("learning-agreement");
        browser.screenshot("learning-agreement-teacher-kpt");

        String href = browser.driver.findElement(By.cssSelector("#la-versions a.cg-pdf-1")).getAttribute("href");
        HttpResponse<String> pdf = browser.download(href, HttpResponse.BodyHandlers.ofString());

        assertThat(href).endsWith("/api/mobilities/" + id + "/learning-agreement/versions/1/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("learning-agreement-" + id + "-v1.pdf"));
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void theParticipantSeesTheAgreementButNoFormAndAnotherSchoolCannotDownloadIt() {
        long id = submittedMobilityOfKlea(Platform.mondayInMonths(33));
        HttpResponse<String> written = asDemo("PUT", "/api/mobilities/" + id + "/learning-agreement", "teacher.kpt", """
                {"learningOutcomes": "Drejton kuzhinën e ftohtë.", "tasks": "Sallata dhe ëmbëlsira.", "hoursPerWeek": 30,
                 "mentorName": "María José Ruiz", "mentorEmail": "mj.ruiz@costaazul.example.es",
                 "monitoring": "Bisedë javore.", "assessment": "Tabela e shkollës.", "recognition": "EUROPASS_MOBILITY",
                 "workLanguage": "es", "languageLevel": "A1"}""");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);

        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        browser.open("/mobilities/mobility.xhtml?id=" + id);

        assertThat(browser.text(By.id("la-current"))).contains("Drejton kuzhinën e ftohtë.");
        assertThat(browser.driver.findElements(By.id("la"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("la-open:edit"))).isEmpty();
        assertThat(browser.download("/api/mobilities/" + id + "/learning-agreement/versions/1/pdf", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        browser.signOut();
        browser.signIn("teacher.pljevlja", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        assertThat(browser.download("/api/mobilities/" + id + "/learning-agreement/versions/1/pdf", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void theSchoolReadsWhyTheAgreementCannotBeSentYetWhereTheButtonWouldBeUntilItCanBeSent() {
        JsonObject draft = draftOfKlea(Platform.mondayInMonths(34));
        long id = draft.getJsonNumber("id").longValue();
        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");

        browser.open("/mobilities/mobility.xhtml?id=" + id);

        assertThat(browser.text(By.id("la-not-sendable"))).isEqualTo(text("_sq", "learning.rule.NOT_SUBMITTED"));
        assertThat(browser.driver.findElements(By.id("la-send:send-for-signature"))).isEmpty();

        HttpResponse<String> submitted = asDemo("POST", "/api/mobilities/" + id + "/transitions", "student.kpt",
                "{\"action\": \"SUBMIT\", \"version\": " + draft.getInt("version") + "}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        browser.open("/mobilities/mobility.xhtml?id=" + id);

        assertThat(browser.text(By.id("la-not-sendable"))).isEqualTo(text("_sq", "learning.signing.no_agreement"));
        assertThat(browser.driver.findElements(By.id("la-send:send-for-signature"))).isEmpty();

        HttpResponse<String> written = asDemo("PUT", "/api/mobilities/" + id + "/learning-agreement", "teacher.kpt", """
                {"learningOutcomes": "Shërben në recepsion.", "tasks": "Regjistron mysafirët.", "hoursPerWeek": 30,
                 "mentorName": "Lucía Pérez", "mentorEmail": "lucia.perez@costaazul.example.es",
                 "monitoring": "Bisedë javore.", "assessment": "Tabela e shkollës.", "recognition": "EUROPASS_MOBILITY",
                 "workLanguage": "es", "languageLevel": "A2"}""");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        browser.open("/mobilities/mobility.xhtml?id=" + id);

        assertThat(browser.driver.findElements(By.id("la-send:send-for-signature"))).hasSize(1);
        assertThat(browser.driver.findElements(By.id("la-not-sendable"))).isEmpty();
    }

    /**
     * The school's administrator withdraws the version under signature from the page, once they confirm it, with a
     * comment written in the confirmation: the version list says it was withdrawn and why (what looks like script in the
     * comment shown as text), and the page says to change the agreement before sending it anew.
     */
    @Test
    void theSchoolWithdrawsTheVersionUnderSignatureOnceItConfirms() {
        long id = SigningApiIT.approvedWithAgreement();
        HttpResponse<String> sent = SigningApiIT.send(id, "school.kpt");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/mobilities/mobility.xhtml?id=" + id);

        browser.click(By.id("la-withdraw:withdraw-from-signature"));
        browser.click(By.id("la-withdraw:withdraw-no"));
        assertThat(json(asDemo("GET", SigningApiIT.base(id) + "/signature", "school.kpt", null)).getString("status"))
                .isEqualTo("AWAITING_SIGNATURES");
        browser.click(By.id("la-withdraw:withdraw-from-signature"));
        String comment = "Mentori u largua & \"javascript:document.title='x'\".";
        browser.type(By.id("la-withdraw:withdraw-comment"), comment);
        show("la-signing");
        browser.screenshot("learning-agreement-withdraw-confirmation-school-kpt");
        browser.submit(By.id("la-withdraw:withdraw-yes"));
        browser.waitForPath("/mobilities/mobility.xhtml");

        assertThat(browser.messages()).contains(MessageFormat.format(text("_sq", "learning.signing.withdrawn"), 1));
        assertThat(browser.text(By.id("la-versions"))).contains(text("_sq", "learning.version.withdrawn"))
                .contains(text("_sq", "learning.version.withdrawal_comment") + " " + comment);
        assertThat(browser.driver.getTitle()).isNotEqualTo("x");
        assertThat(json(asDemo("GET", SigningApiIT.base(id), "school.kpt", null)).getJsonArray("versions").getJsonObject(0)
                .getString("withdrawalComment")).isEqualTo(comment);
        assertThat(browser.driver.findElements(By.id("la-withdraw:withdraw-from-signature"))).isEmpty();
        assertThat(browser.text(By.id("la-not-sendable"))).isEqualTo(MessageFormat.format(text("_sq", "learning.rule.WITHDRAWN"), 1));
        assertThat(json(asDemo("GET", SigningApiIT.base(id) + "/signature", "school.kpt", null)).getString("status"))
                .isEqualTo("SUPERSEDED");
        assertThat(browser.refusedByThePolicy()).isEmpty();
    }

    /** Scrolls the element into view, for a screenshot a person can look at. */
    private static void show(String id) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.id(id)));
    }

    /** Opens a PrimeFaces select menu of the form and picks the item with the label. */
    private static void choose(String menu, String label) {
        browser.chooseLabelled("la:" + menu, label);
    }


    private static long submittedMobilityOfKlea(LocalDate start) {
        JsonObject mobility = draftOfKlea(start);
        long id = mobility.getJsonNumber("id").longValue();
        HttpResponse<String> submitted = asDemo("POST", "/api/mobilities/" + id + "/transitions", "student.kpt",
                "{\"action\": \"SUBMIT\", \"version\": " + mobility.getInt("version") + "}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    /** A learner mobility of student.kpt to Costa Azul from the day, a draft of her own. */
    private static JsonObject draftOfKlea(LocalDate start) {
        long host = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s"}"""
                .formatted(host, start, start.plusDays(20)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }
}
