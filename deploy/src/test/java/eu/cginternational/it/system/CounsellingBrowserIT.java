package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Counselling in headless Chromium, in Albanian (the language of the KPT accounts): teacher.kpt
 * records a session and an action plan for student.kpt, student.kpt marks the action done, and
 * teacher.pljevlja cannot open the student's page.
 */
class CounsellingBrowserIT extends BrowserTest {

    private static final String SQ = "_sq";

    @Test
    void aCounsellorRecordsASessionAndAPlanTheStudentMarksAnActionDoneAndAnotherSchoolSeesNothing() {
        String topics = Platform.unique("Praktika në Spanjë");
        String note = Platform.unique("Shënim privat");
        String action = Platform.unique("Përgatit CV-në Europass");

        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.click(By.id("go-caseload")); // the teacher's home leads to the caseload
        browser.waitForPath("/guidance/caseload.xhtml");
        assertThat(browser.heading()).isEqualTo(text(SQ, "guidance.caseload.title"));
        browser.type(By.id("students:caseload:username:filter"), "student.kpt");
        browser.click(By.cssSelector("a.cg-student-link[data-username='student.kpt']"));

        browser.waitForPath("/guidance/student.xhtml");
        String studentPage = browser.path();
        assertThat(browser.heading()).isEqualTo("Klea Shehu");
        browser.type(By.id("session-form:topics"), topics);
        browser.type(By.id("session-form:notes"), note);
        browser.click(By.cssSelector("#session-form\\:private .ui-chkbox-box"));
        browser.submit(By.id("session-form:record"));
        browser.waitForPath("/guidance/student.xhtml");
        assertThat(browser.messages()).contains(text(SQ, "guidance.session.recorded"));
        assertThat(browser.text(By.id("sessions"))).contains(topics, note);

        browser.type(By.id("plan-form:goals"), "Një praktikë në hoteleri jashtë vendit");
        browser.submit(By.id("plan-form:save-goals"));
        browser.waitForPath("/guidance/student.xhtml");
        assertThat(browser.text(By.id("goals-text"))).isEqualTo("Një praktikë në hoteleri jashtë vendit");
        browser.type(By.id("plan-form:action-description"), action);
        String due = browser.typed(LocalDate.now().plusDays(14));
        browser.enter(By.id("plan-form:action-due_input"), due);
        browser.keepEntered(java.util.Map.of(By.id("plan-form:action-description"), action, By.id("plan-form:action-due_input"), due));
        browser.submit(By.id("plan-form:add-action"));
        browser.waitForPath("/guidance/student.xhtml");
        assertThat(browser.messages()).contains(text(SQ, "guidance.action.added"));
        assertThat(browser.text(By.id("actions-form:actions"))).contains(action, text(SQ, "ActionStatus.OPEN"));
        browser.signOut();

        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        browser.driver.get(browser.driver.findElement(By.id("navigation:my-plan")).getAttribute("href"));
        browser.waitForPath("/guidance/student.xhtml");
        assertThat(browser.heading()).isEqualTo(text(SQ, "guidance.mine.title"));
        assertThat(browser.text(By.id("sessions"))).contains(topics).doesNotContain(note);
        browser.submit(By.xpath("//tr[.//span[text()='" + action + "']]//button[contains(@id,'done')]"));
        browser.waitForPath("/guidance/student.xhtml");
        assertThat(browser.messages()).contains(text(SQ, "guidance.action.done"));
        assertThat(browser.text(By.xpath("//tr[.//span[text()='" + action + "']]"))).contains(text(SQ, "ActionStatus.DONE"));
        browser.signOut();

        browser.signIn("teacher.pljevlja", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open(studentPage);
        assertThat(browser.driver.getPageSource()).doesNotContain(topics).doesNotContain("Klea Shehu");
        assertThat(browser.heading()).isEqualTo(text("_sr_Latn_ME", "error.page.404.title"));
    }

    /**
     * A session with blank topics and a day ahead at the school is told both at one save, not the day only at the next,
     * and nothing is recorded.
     */
    @Test
    void aSessionWithBlankTopicsAndADayAheadShowsBothErrorsAtOnce() {
        long student = CounsellingApiIT.studentId("teacher.kpt", Platform.newAccount("STUDENT", "Tiranës", "SQ"));
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/guidance/student.xhtml?id=" + student);
        String ahead = browser.typed(LocalDate.now(ZoneId.of("Europe/Tirane")).plusDays(3));
        browser.enter(By.id("session-form:held-on_input"), ahead);
        browser.keepEntered(java.util.Map.of(By.id("session-form:held-on_input"), ahead));
        browser.submit(By.id("session-form:record"));

        assertThat(browser.messages()).contains(Platform.serviceText(SQ, "guidance.held_on.future"),
                Platform.validationText(SQ, "guidance.topics.required"));
        assertThat(browser.text(By.id("sessions"))).contains(text(SQ, "guidance.sessions.none"));
    }

    @Test
    void aCounsellorSavingGoalsOnAStudentWithoutAPlanIsToldWhenAColleagueMadeItMeanwhile() {
        long student = CounsellingApiIT.studentId("teacher.kpt", Platform.newAccount("STUDENT", "Tiranës", "SQ"));
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/guidance/student.xhtml?id=" + student);
        browser.type(By.id("plan-form:goals"), "Praktikë në Itali");

        HttpResponse<String> colleague = Platform.asDemo("PUT", "/api/students/" + student + "/guidance/goals", "teacher.kpt",
                "{\"goals\": \"Praktikë në Spanjë\", \"version\": 0}");
        browser.submit(By.id("plan-form:save-goals"));

        assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(200);
        assertThat(browser.messages()).contains(text(SQ, "error.changed_meanwhile"));
        browser.open("/guidance/student.xhtml?id=" + student);
        assertThat(browser.text(By.id("goals-text"))).isEqualTo("Praktikë në Spanjë");
    }
}
