package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.serviceText;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.text.Collator;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A coordinator translates the labels of a country's official links in the profile editor, and finds the countries in
 * the order of their names, in headless Chromium.
 */
class CountryProfileBrowserIT extends BrowserTest {

    private static final String COUNTRY = "AT";

    private JsonObject original;

    @BeforeEach
    void readTheProfile() {
        original = GuidanceEditingApiIT.profile(COUNTRY);
    }

    @AfterEach
    void putBack() {
        GuidanceEditingApiIT.putBackProfile(COUNTRY, original);
    }

    @Test
    void anAlbanianCoordinatorTranslatesALinksLabelAndReadsItOnTheCountryPage() {
        browser.signInAsNewAccount("COORDINATOR", "Mundus", "SQ", "/coordinator/");
        browser.open("/coordinator/country-profile.xhtml?code=" + COUNTRY);
        String albanian = browser.driver.findElement(By.id("profile:linksSq")).getAttribute("value");
        String montenegrin = browser.driver.findElement(By.id("profile:linksCnr")).getAttribute("value");
        assertThat(albanian).contains("Portali i migracionit=https://www.migration.gv.at");
        assertThat(montenegrin).contains("Portal za migraciju=https://www.migration.gv.at");

        // A Montenegrin link to another address than the English one is refused, in Albanian, and nothing is saved.
        browser.type(By.id("profile:linksCnr"), montenegrin.replace("https://www.ams.at", "https://example.org"));
        browser.click(By.id("profile:save"));
        assertThat(browser.messages()).contains(serviceText("_sq", "guidance.links.same_addresses"));
        assertThat(GuidanceEditingApiIT.profile(COUNTRY).getJsonNumber("version")).isEqualTo(original.getJsonNumber("version"));

        String label = Platform.unique("Portali zyrtar i migracionit");
        browser.type(By.id("profile:linksCnr"), montenegrin);
        browser.type(By.id("profile:linksSq"), albanian.replace("Portali i migracionit", label));
        browser.click(By.id("profile:save"));
        browser.waitForPath("/guidance/country.xhtml?code=" + COUNTRY);

        assertThat(browser.driver.findElements(By.cssSelector("#links a"))).extracting(WebElement::getText)
                .contains(label).doesNotContain("Migration portal");
        JsonObject saved = GuidanceEditingApiIT.profile(COUNTRY).getJsonArray("links").getJsonObject(0);
        assertThat(saved.getString("url")).isEqualTo("https://www.migration.gv.at");
        assertThat(saved.getJsonObject("label").getString("sq")).isEqualTo(label);
        assertThat(saved.getJsonObject("label").getString("en")).isEqualTo("Migration portal");
        browser.screenshot("country-profile-links-sq");

        // The countries come in the order of their Albanian names, not of their codes (XK, Kosovë, after ME, Mal i Zi).
        browser.open("/guidance/countries.xhtml");
        assertThat(browser.driver.findElements(By.cssSelector("#countries h2 a"))).extracting(WebElement::getText)
                .contains("Kosovë", "Mal i Zi")
                .isSortedAccordingTo(Collator.getInstance(Locale.forLanguageTag("sq")));
    }

}
