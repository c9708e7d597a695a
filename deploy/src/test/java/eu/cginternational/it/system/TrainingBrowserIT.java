package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Registering for trainings in headless Chromium, as teacher.pljevlja (who reads Montenegrin). */
class TrainingBrowserIT extends BrowserTest {

    private static final String CNR = "_sr_Latn_ME";

    /** A date and time the picker cannot read is refused in the person's language, and the training is not saved. */
    @Test
    void aRegistrationOpeningThatIsNoDateIsRefusedInAlbanian() {
        browser.signInAsNewAccount("COORDINATOR", "Mundus", "SQ", "/coordinator/");
        browser.open("/trainings/edit.xhtml");
        browser.type(By.id("edit:title"), Platform.unique("Never saved"));
        browser.enter(By.id("edit:opens_input"), "2031-13-45 25:99");

        browser.submit(By.id("edit:save"));

        assertThat(browser.messages()).contains(MessageFormat.format(text("faces", "_sq", "jakarta.faces.converter.DateTimeConverter.DATETIME"),
                "2031-13-45 25:99", "", text("_sq", "training.field.registration_opens") + " (Europe/Madrid)"));
        // Saving would have gone on to the training's page.
        assertThat(browser.path()).startsWith("/trainings/edit.xhtml");
    }

    @Test
    void theCoordinatorAddsATrainingWithASessionInItsTimeZone() {
        String title = Platform.unique("Coordinator training");
        LocalDate day = LocalDate.now().plusDays(50);
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/");
        enterTraining(title, day, day.minusDays(5).atTime(18, 0));
        browser.submit(By.id("edit:save"));

        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.messages()).contains(text("", "training.saved"));
        assertThat(browser.text(By.id("sessions"))).contains(PageDates.shown("", day.atTime(14, 0)) + "\u201317:00 Europe/Podgorica");
        assertThat(browser.text(By.id("facts"))).contains(text("", "language.SQ"));
    }

    /** Seats given up after the first session has begun would go to someone who missed it: the page says so, nothing is saved. */
    @Test
    void aDeadlineAfterTheFirstSessionIsRefusedOnThePage() {
        String title = Platform.unique("Late deadline");
        LocalDate day = LocalDate.now().plusDays(50);
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/");
        enterTraining(title, day, day.atTime(18, 0));
        browser.submit(By.id("edit:save"));

        String firstSession = PageDates.shown("", PageDates.MADRID,
                ZonedDateTime.of(day, LocalTime.of(14, 0), ZoneId.of("Europe/Podgorica")).toInstant());
        assertThat(browser.messages()).contains(MessageFormat.format(text("", "training.rule.DEADLINE_AFTER_FIRST_SESSION"),
                firstSession));
        assertThat(browser.path()).startsWith("/trainings/edit.xhtml");
    }

    /** The refused form keeps what was entered: with the deadline corrected, the same form saves the training. */
    @Test
    void aRefusedTrainingSavesOnceTheDeadlineIsCorrected() {
        String title = Platform.unique("Corrected deadline");
        LocalDate day = LocalDate.now().plusDays(50);
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/");
        enterTraining(title, day, day.atTime(18, 0));
        browser.submit(By.id("edit:save"));
        assertThat(browser.path()).startsWith("/trainings/edit.xhtml");

        // A time Madrid's clocks skip would be saved an hour later: the field says so, nothing is saved.
        LocalDateTime skipped = PageDates.skipped(PageDates.MADRID);
        Map<By, String> neverShown = Map.of(By.id("edit:deadline_input"), browser.typed(skipped));
        neverShown.forEach(browser::enter);
        browser.keepEntered(neverShown);
        browser.submit(By.id("edit:save"));
        assertThat(browser.messages()).contains(MessageFormat.format(text("", "general.time_skipped"),
                text("", "training.field.cancellation_deadline") + " (Europe/Madrid)", PageDates.shown("", skipped), "Europe/Madrid"));
        assertThat(browser.path()).startsWith("/trainings/edit.xhtml");

        Map<By, String> corrected = Map.of(By.id("edit:deadline_input"), browser.typed(day.minusDays(5).atTime(18, 0)));
        corrected.forEach(browser::enter);
        browser.keepEntered(corrected);
        browser.submit(By.id("edit:save"));

        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.heading()).isEqualTo(title);
        assertThat(browser.messages()).contains(text("", "training.saved"));
        assertThat(browser.text(By.id("sessions"))).contains(PageDates.shown("", day.atTime(14, 0)) + "\u201317:00 Europe/Podgorica");
        // typed and shown on the coordinator's clock
        assertThat(browser.text(By.id("facts")))
                .contains(PageDates.shown("", PageDates.MADRID, day.minusDays(5).atTime(18, 0).atZone(PageDates.MADRID).toInstant()));
    }

    /** Fills the form of a new online training of Mundus in Albanian with one session on the day, 14:00 to 17:00 in Podgorica. */
    private void enterTraining(String title, LocalDate day, LocalDateTime deadline) {
        browser.open("/trainings/edit.xhtml");
        browser.type(By.id("edit:title"), title);
        browser.type(By.id("edit:description"), "Three afternoons on guidance interviews.");
        browser.type(By.id("edit:topics"), "guidance, interviews");
        browser.chooseLabelled("edit:language", "Shqip");
        browser.chooseLabelled("edit:mode", text("", "TrainingMode.ONLINE"));
        browser.suggest("edit:provider", "Mundus");
        // A session is on the coordinator's clock until another is chosen.
        assertThat(browser.text(By.id("edit:sessions:0:zone_label"))).isEqualTo("Europe/Madrid");
        browser.chooseLabelled("edit:sessions:0:zone", "Europe/Podgorica");
        // The link before the date pickers: a closing date picker can take the focus back for a moment.
        browser.type(By.id("edit:sessions:0:link"), "https://meet.example.org/guidance");
        Map<By, String> dates = new LinkedHashMap<>();
        dates.put(By.id("edit:opens_input"), browser.typed(LocalDate.now().minusDays(1).atTime(8, 0)));
        dates.put(By.id("edit:closes_input"), browser.typed(day.minusDays(10).atTime(18, 0)));
        dates.put(By.id("edit:deadline_input"), browser.typed(deadline));
        dates.put(By.id("edit:sessions:0:start_input"), browser.typed(day.atTime(14, 0)));
        dates.put(By.id("edit:sessions:0:end_input"), browser.typed(day.atTime(17, 0)));
        dates.forEach(browser::enter);
        browser.keepEntered(dates);
        assertThat(browser.driver.findElement(By.id("edit:sessions:0:link")).getAttribute("value"))
                .isEqualTo("https://meet.example.org/guidance");
    }

    @Test
    void theSchoolAdministratorApprovesARequestOfTheSchoolOnTheNominationsPage() {
        String title = Platform.unique("Nominated training");
        long training = TrainingApiIT.createTraining(title, 5, Duration.ofDays(25), true);
        var request = asDemo("POST", "/api/trainings/" + training + "/registrations", "teacher.kpt", "{}");
        assertThat(Platform.json(request).getString("status")).isEqualTo("PENDING_APPROVAL");

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/trainings/nominations.xhtml");
        assertThat(browser.heading()).isEqualTo(text("_sq", "trainings.nominations.title"));
        browser.click(By.xpath("//tr[.//a[text()='" + title + "']]//button[contains(@class,'cg-approve')]"));

        browser.waitForPath("/trainings/nominations.xhtml");
        assertThat(browser.messages()).contains(text("_sq", "nominations.approved"));
        assertThat(browser.text(By.xpath("//tr[.//a[text()='" + title + "']]")))
                .contains(text("_sq", "RegistrationStatus.REGISTERED"));
        assertThat(Platform.json(asDemo("GET", "/api/trainings/" + training, "teacher.kpt", null))
                .getJsonObject("myRegistration").getString("status")).isEqualTo("REGISTERED");
    }

    @Test
    void aTeacherRegistersForAnOpenTrainingThenJoinsTheWaitingListOfAFullOne() {
        String title = Platform.unique("Browser training");
        TrainingApiIT.createTraining(title, 5, Duration.ofDays(25), false);
        long full = TrainingApiIT.createTraining(Platform.unique("Browser full training"), 1, Duration.ofDays(25), false);
        assertThat(asDemo("POST", "/api/trainings/" + full + "/registrations", "teacher.kpt", "{}").statusCode()).isEqualTo(201);

        browser.signIn("teacher.pljevlja", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        // The menu's entry leads to the catalogue (followed by its address: the submenu opens on hover).
        String catalogue = browser.driver.findElement(By.id("navigation:trainings")).getAttribute("href");
        assertThat(catalogue).endsWith("/trainings/index.xhtml");
        browser.driver.get(catalogue);
        browser.waitForPath("/trainings/index.xhtml");
        assertThat(browser.heading()).isEqualTo(text(CNR, "trainings.title"));
        browser.type(By.id("trainings:table:title:filter"), title.substring(title.indexOf('.') + 1));
        browser.click(By.linkText(title));

        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.heading()).isEqualTo(title);
        browser.submit(By.cssSelector(".cg-action-REGISTER"));
        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.messages()).contains(text(CNR, "training.result.REGISTERED"));
        assertThat(browser.text(By.id("my-status-tag"))).isEqualTo(text(CNR, "RegistrationStatus.REGISTERED"));
        assertThat(browser.driver.findElements(By.cssSelector(".cg-action-CANCEL"))).hasSize(1);

        browser.open("/trainings/training.xhtml?id=" + full);
        assertThat(browser.text(By.id("seats-left"))).startsWith("0 ");
        browser.submit(By.cssSelector(".cg-action-REGISTER"));
        browser.waitForPath("/trainings/training.xhtml");
        assertThat(browser.messages()).contains(format(text(CNR, "training.result.WAITLISTED"), 1));
        assertThat(browser.text(By.id("my-position"))).isEqualTo(format(text(CNR, "training.my_position"), 1));
        assertThat(browser.driver.findElements(By.cssSelector(".cg-action-LEAVE_WAITING_LIST"))).hasSize(1);
        browser.screenshot("training-waiting-list-teacher-pljevlja");
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.forLanguageTag("sr-Latn-ME")).format(arguments);
    }
}
