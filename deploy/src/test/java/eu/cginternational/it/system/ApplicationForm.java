package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.openqa.selenium.By;

/** The application form of {@code /mobilities/apply.xhtml} as a person fills it in the browser. */
final class ApplicationForm {

    private ApplicationForm() {
    }

    /**
     * On the open form: chooses a learner mobility, short term, to Costa Azul Hoteles (Spain) between the days (ISO
     * dates), checks that the host field started empty, saves the draft and submits it; returns the mobility page's
     * path.
     */
    static String submitLearnerMobilityToCostaAzul(Browser browser, LocalDate firstDay, LocalDate lastDay) {
        browser.choose("apply:type", "li[data-label]:nth-child(2)");
        assertThat(browser.driver.findElement(By.id("apply:host_input")).getAttribute("value")).isEmpty();
        browser.suggest("apply:host", "Costa Azul");
        Map<By, String> dates = Map.of(By.id("apply:startDate_input"), browser.typed(firstDay),
                By.id("apply:endDate_input"), browser.typed(lastDay));
        dates.forEach(browser::enter);
        browser.keepEntered(dates);
        browser.submit(By.id("apply:save"));
        browser.waitForPath("/mobilities/mobility.xhtml");
        String detail = browser.path();
        browser.submit(By.cssSelector(".cg-action-SUBMIT"));
        browser.waitForPath("/mobilities/mobility.xhtml");
        return detail;
    }
}
