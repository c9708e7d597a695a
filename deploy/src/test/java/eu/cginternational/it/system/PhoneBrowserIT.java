package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Students look at the platform on their phones, and so do teachers and administrators away from their desks: on a
 * screen 400 pixels wide, each page of each role fits the width, and what cannot (a wide table) scrolls within
 * its own box, never the whole page. A page that fails names the elements that reach beyond the edge.
 */
class PhoneBrowserIT extends BrowserTest {

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("eu.cginternational.it.system.RolePages#pages")
    void aPageFitsAPhonesWidth(String username, String path) {
        if (username != null) {
            RolePages.resumeSession(browser, username);
        }
        browser.open(path);
        browser.onPhone(() -> assertThat(browser.beyondRightEdge()).as("%s on a phone", path).isEmpty());
    }

    /** The page of one record of each kind, as its role sees it ({@link RolePages#recordPages}). */
    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("eu.cginternational.it.system.RolePages#recordPages")
    void aRecordsPageFitsAPhonesWidth(String username, String list, String field, String page) {
        String path = RolePages.recordPath(username, list, field, page);
        RolePages.resumeSession(browser, username);
        browser.open(path);
        browser.onPhone(() -> assertThat(browser.beyondRightEdge()).as("%s on a phone", path).isEmpty());
    }

    /**
     * The school and the ministry approve an application on their phones, each signing in, deciding on a page that
     * fits the screen, and signing out through the folded menu.
     */
    @Test
    void theSchoolAndTheMinistryApproveOnAPhone() {
        long id = MobilityApiIT.submittedByStudent();

        browser.onPhone(() -> {
            approveAs("school.kpt", id);
            approveAs("ministry.al", id);
        });

        assertThat(json(asDemo("GET", "/api/mobilities/" + id, "coordinator", null)).getString("status"))
                .isEqualTo("MINISTRY_APPROVED");
    }

    /** A student applies from her phone: from her home page through the form to the submitted application. */
    @Test
    void aStudentAppliesOnAPhone() {
        browser.onPhone(() -> {
            signIn("student.kpt");
            browser.click(By.id("go-apply"));
            browser.waitForPath("/mobilities/apply.xhtml");
            assertThat(browser.beyondRightEdge()).as("the application form on a phone").isEmpty();
            String detail = ApplicationForm.submitLearnerMobilityToCostaAzul(browser, Platform.mondayInMonths(18),
                    Platform.mondayInMonths(18).plusDays(25));
            assertThat(browser.beyondRightEdge()).as("%s on a phone", detail).isEmpty();
            assertThat(json(asDemo("GET", "/api/mobilities/" + detail.replaceFirst(".*id=", ""), "student.kpt", null))
                    .getString("status")).isEqualTo("SUBMITTED");
        });
    }

    /** A partner signs an agreement on a phone: the page with its signing panel fits the screen, and the pad takes a line. */
    @Test
    void aPartnerSignsAnAgreementOnAPhone() {
        long id = AgreementApiIT.sentForSignature();

        browser.onPhone(() -> {
            signIn("partner.es");
            browser.open("/agreements/agreement.xhtml?id=" + id);
            assertThat(browser.beyondRightEdge()).as("agreement %d to sign on a phone", id).isEmpty();
            AgreementBrowserIT.signOpenAgreement(browser, "Javier Ortega");
        });

        assertThat(json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null)).getString("status"))
                .isEqualTo("PARTIALLY_SIGNED");
    }

    /** A teacher follows a self-paced module on a phone: a lesson and then the quiz fit the screen. */
    @Test
    void aTeacherFollowsAModuleOnAPhone() {
        long training = ModuleApiIT.createSelfPacedTraining(Platform.unique("Phone module"));
        ModuleApiIT.buildModule(training);
        assertThat(json(asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.kpt", "{}"))
                .getString("status")).isEqualTo("REGISTERED");

        browser.onPhone(() -> {
            signIn("teacher.kpt");
            browser.open("/trainings/training.xhtml?id=" + training);
            browser.click(By.id("open-module"));
            browser.waitForPath("/trainings/module.xhtml");
            assertThat(browser.beyondRightEdge()).as("a lesson on a phone").isEmpty();
            browser.submit(By.id("lesson-actions:mark-done"));
            browser.submit(By.id("lesson-actions:mark-done"));
            assertThat(browser.driver.findElements(By.id("quiz-title"))).hasSize(1);
            assertThat(browser.beyondRightEdge()).as("a quiz on a phone").isEmpty();
        });
    }

    private static void approveAs(String username, long id) {
        signIn(username);
        browser.open("/mobilities/mobility.xhtml?id=" + id);
        assertThat(browser.beyondRightEdge()).as("mobility %d on the phone of %s", id, username).isEmpty();
        browser.submit(By.cssSelector(".cg-action-APPROVE"));
        browser.waitForPath("/mobilities/mobility.xhtml");
        browser.click(By.id("navigation:menu-toggle"));
        browser.signOut();
    }

    private static void signIn(String username) {
        RolePages.signIn(browser, username);
    }
}
