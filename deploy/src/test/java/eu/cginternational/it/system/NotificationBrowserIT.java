package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.service.config.Texts;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The bell and the notifications page in headless Chromium. */
class NotificationBrowserIT extends BrowserTest {

    private static final By BELL = By.id("navigation:bell");
    private static final By BELL_COUNT = By.id("navigation:bell-count");

    @Test
    void theSchoolAdministratorOpensTheNotificationOfASubmissionAndTheBellCountsOneLess() {
        LocalDate start = uniqueStart();
        long mobility = submittedByTeacherKpt(start);

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        long unread = bellCount();
        assertThat(unread).isPositive().isEqualTo(unreadOverApi("school.kpt"));

        browser.click(BELL);
        browser.waitForPath("/notifications.xhtml");
        assertThat(browser.heading()).isEqualTo(text("_sq", "notifications.title"));
        WebElement row = rowAbout(start);
        assertThat(row.getAttribute("class")).contains("cg-unread");
        browser.screenshot("notifications-school-kpt");
        row.findElement(By.cssSelector(".cg-notification-link")).click();

        browser.waitForPath("/mobilities/mobility.xhtml");
        assertThat(browser.path()).isEqualTo("/mobilities/mobility.xhtml?id=" + mobility);
        assertThat(bellCount()).isEqualTo(unread - 1);
        browser.open("/notifications.xhtml");
        assertThat(rowAbout(start).getAttribute("class")).contains("cg-read").doesNotContain("cg-unread");
    }

    @Test
    void markingAllReadEmptiesTheBell() {
        submittedByTeacherKpt(uniqueStart());
        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        assertThat(bellCount()).isPositive();

        browser.click(BELL);
        browser.waitForPath("/notifications.xhtml");
        browser.submit(By.id("notifications:mark-all-read"));
        browser.waitForPath("/notifications.xhtml");

        assertThat(browser.messages()).contains(text("_sq", "notifications.all_marked_read"));
        assertThat(bellCount()).isZero();
        assertThat(browser.driver.findElements(By.id("notifications:mark-all-read"))).isEmpty();
        assertThat(unreadOverApi("school.kpt")).isZero();
    }

    @Test
    void aVisitorWhoIsNotSignedInHasNoBellAndNoNotificationsPage() {
        browser.open("/login.xhtml");
        assertThat(browser.driver.findElements(BELL)).isEmpty();

        browser.open("/notifications.xhtml");

        browser.waitForPath("/login.xhtml");
    }

    /** A mobility for Klea Shehu, created and submitted over the API by her teacher, teacher.kpt. */
    private static long submittedByTeacherKpt(LocalDate start) {
        long klea = json(asDemo("GET", "/api/users?username=student.kpt", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long host = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "teacher.kpt", """
                {"type": %s, "hostId": %d, "startDate": "%s", "endDate": "%s", "participantId": %d}"""
                .formatted(quoted("LEARNER_SHORT_TERM"), host, start, start.plusDays(20), klea));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        MobilityApiIT.act(id, "teacher.kpt", "SUBMIT", null, 1);
        return id;
    }

    /** A first day that no other mobility has, also when the tests run again on the same database. */
    private static LocalDate uniqueStart() {
        return Platform.mondayInMonths(36).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }

    /** The number on the bell; 0 when the bell shows none. */
    private static long bellCount() {
        List<WebElement> count = browser.driver.findElements(BELL_COUNT);
        return count.isEmpty() ? 0 : Long.parseLong(count.get(0).getText().trim());
    }

    private static long unreadOverApi(String username) {
        return json(asDemo("GET", "/api/notifications?size=1", username, null)).getJsonNumber("unread").longValue();
    }

    /**
     * The row of the notifications table whose text names the mobility's first day, a date no other test uses, as
     * school.kpt reads it (in Albanian).
     */
    private static WebElement rowAbout(LocalDate start) {
        browser.text(By.id("notifications:table"));
        String day = Texts.date(Locale.forLanguageTag("sq"), start);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#notifications\\:table_data > tr")).stream()
                .filter(row -> row.getText().contains(day))
                .toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
