package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Students look at the platform on their phones, and so do teachers and administrators away from their desks: on a
 * screen 400 pixels wide, each page of each role fits the width, and what cannot (a wide table) scrolls within
 * its own box, never the whole page. A page that fails names the elements that reach beyond the edge.
 */
class PhoneBrowserIT extends BrowserTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        ", /login.xhtml",
        ", /policy/index.xhtml",
        ", /verify.xhtml",
        "student.kpt, /student/index.xhtml",
        "student.kpt, /mobilities/index.xhtml",
        "student.kpt, /mobilities/apply.xhtml",
        "student.kpt, /opportunities/index.xhtml",
        "student.kpt, /guidance/assessment.xhtml",
        "student.kpt, /guidance/occupations.xhtml",
        "student.kpt, /guidance/countries.xhtml",
        "student.kpt, /guidance/student.xhtml",
        "student.kpt, /guidance/resources.xhtml",
        "student.kpt, /notifications.xhtml",
        "student.kpt, /account/password.xhtml",
        "teacher.kpt, /teacher/index.xhtml",
        "teacher.kpt, /trainings/index.xhtml",
        "teacher.kpt, /trainings/mine.xhtml",
        "teacher.kpt, /guidance/caseload.xhtml",
        "school.kpt, /school/index.xhtml",
        "school.kpt, /mobilities/index.xhtml",
        "school.kpt, /mobilities/dashboard.xhtml",
        "school.kpt, /agreements/index.xhtml",
        "school.kpt, /signing/inbox.xhtml",
        "school.kpt, /trainings/nominations.xhtml",
        "school.kpt, /opportunities/applications.xhtml",
        "ministry.al, /ministry/index.xhtml",
        "ministry.al, /guidance/indicators.xhtml",
        "ministry.al, /trainings/dashboard.xhtml",
        "partner.es, /partner/index.xhtml",
        "coordinator, /coordinator/index.xhtml",
        "coordinator, /coordinator/users.xhtml",
        "coordinator, /coordinator/institutions.xhtml",
        "coordinator, /coordinator/audit.xhtml",
        "coordinator, /coordinator/outbox.xhtml",
        "coordinator, /coordinator/rates.xhtml",
        "coordinator, /agreements/clauses.xhtml"
    })
    void aPageFitsAPhonesWidth(String username, String path) {
        if (username != null) {
            browser.signIn(username, DEMO_PASSWORD);
            browser.waitForPath("/" + (username.equals("coordinator") ? "coordinator" : username.replaceFirst("\\..*", ""))
                    + "/index.xhtml");
        }
        browser.open(path);
        browser.onPhone(() -> assertThat(browser.beyondRightEdge()).as("%s on a phone", path).isEmpty());
    }

    /** A mobility as its school's administrator and its participant see it: the facts, the actions, the grant, the timeline. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"school.kpt", "student.kpt"})
    void aMobilityFitsAPhonesWidth(String username) {
        long id = json(asDemo("GET", "/api/mobilities?size=1", username, null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        browser.signIn(username, DEMO_PASSWORD);
        browser.waitForPath("/" + username.replaceFirst("\\..*", "") + "/index.xhtml");
        browser.open("/mobilities/mobility.xhtml?id=" + id);
        browser.onPhone(() -> assertThat(browser.beyondRightEdge()).as("mobility %d on a phone", id).isEmpty());
    }
}
