package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The learning agreement signed in headless Chromium by its three parties, each with a drawn
 * signature after re-entering the password: the sending school (school.kpt, who sends it), the
 * participant (student.kpt) and the host (partner.es); then the frozen PDF is checked on the public
 * verification page, signed out, and a copy with one changed byte matches nothing.
 */
class SigningBrowserIT extends BrowserTest {

    @Test
    void theThreePartiesSignTheLearningAgreementAndThePublicPageVerifiesItsPdf() throws IOException {
        long id = SigningApiIT.approvedWithAgreement();

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/mobilities/mobility.xhtml?id=" + id);
        assertThat(browser.text(By.id("la-signed-state"))).isEqualTo(text("_sq", "learning.signing.needed_to_start"));
        browser.submit(By.id("la-send:send-for-signature"));
        browser.waitForPath("/mobilities/mobility.xhtml");
        assertThat(browser.messages()).contains(text("_sq", "learning.signing.sent"));
        signHere("Besnik Leka");
        assertThat(browser.messages()).contains(text("_sq", "signing.signed"));
        assertThat(browser.text(By.id("signing-status"))).isEqualTo(text("_sq", "SignedDocumentStatus.PARTIALLY_SIGNED"));
        browser.signOut();

        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        long documentId = json(asDemo("GET", "/api/mobilities/" + id + "/learning-agreement/signature", "school.kpt", null))
                .getJsonNumber("id").longValue();
        browser.open("/signing/inbox.xhtml");
        browser.click(By.cssSelector("a.cg-inbox-document[href$='id=" + documentId + "']"));
        browser.waitForPath("/signing/sign.xhtml");
        signHere("Klea Shehu");
        assertThat(browser.messages()).contains(text("_sq", "signing.signed"));
        browser.signOut();

        browser.signIn("partner.es", DEMO_PASSWORD);
        browser.waitForPath("/partner/index.xhtml");
        // The partner's home leads to what waits for their signature.
        browser.click(By.id("go-signing"));
        browser.waitForPath("/signing/inbox.xhtml");
        browser.open("/mobilities/mobility.xhtml?id=" + id);
        signHere("Javier Ortega");
        assertThat(browser.messages()).contains(text("", "signing.signed"));
        assertThat(browser.text(By.id("signing-status"))).isEqualTo(text("", "SignedDocumentStatus.SIGNED"));
        assertThat(browser.text(By.id("la-signed-state"))).isEqualTo(text("", "learning.signing.signed_by_all"));
        browser.screenshot("learning-agreement-signed-partner-es");

        assertThat(browser.driver.findElements(By.id("signing-pdf"))).hasSize(1);
        // The frozen PDF as the signed-in partner downloads it (the panel's link leads to this document's PDF).
        HttpResponse<byte[]> pdf = browser.download("/api/mobilities/" + id + "/learning-agreement/document", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        Path folder = Files.createDirectories(Path.of("target", "signing"));
        Path original = Files.write(folder.resolve("learning-agreement-" + id + ".pdf"), pdf.body());
        byte[] changed = pdf.body().clone();
        changed[changed.length / 2] ^= 0x01;
        Path altered = Files.write(folder.resolve("learning-agreement-" + id + "-altered.pdf"), changed);
        browser.signOut();

        verify(original);
        assertThat(browser.text(By.id("match-title"))).contains("Klea Shehu");
        assertThat(browser.text(By.id("match-status"))).isEqualTo(text("", "SignedDocumentStatus.SIGNED"));
        assertThat(browser.text(By.id("match-integrity"))).isEqualTo(text("", "verify.chain_intact"));
        assertThat(browser.text(By.id("match-parties"))).contains("Besnik Leka").contains("Klea Shehu").contains("Javier Ortega");
        browser.screenshot("verification-match");

        verify(altered);
        assertThat(browser.text(By.id("no-match"))).contains(text("", "verify.no_match"));
        assertThat(json(asDemo("GET", "/api/mobilities/" + id + "/learning-agreement/signature", "school.kpt", null))
                .getString("status")).isEqualTo("SIGNED");
    }

    /**
     * The participant declines on the signing page as it was shown, while the sending school signed meanwhile: the page
     * says the document changed meanwhile, and nothing is declined.
     */
    @Test
    void aDeclineOnAPageReadBeforeASignatureIsToldItChangedMeanwhile() {
        long id = SigningApiIT.approvedWithAgreement();
        long documentId = json(SigningApiIT.send(id, "school.kpt")).getJsonNumber("id").longValue();
        String document = "/api/signing/documents/" + documentId;
        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        browser.open("/signing/sign.xhtml?id=" + documentId);
        browser.type(By.id("decline:reason"), "Tridhjetë e pesë orë në javë janë shumë.");

        int version = json(asDemo("GET", document, "school.kpt", null)).getInt("version");
        HttpResponse<String> signed = asDemo("POST", document + "/signatures", "school.kpt",
                SigningApiIT.signature("Besnik Leka", DEMO_PASSWORD, "2026-1", version));
        browser.submit(By.id("decline:decline-now"));

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(browser.messages()).contains(text("_sq", "error.changed_meanwhile"));
        JsonObject after = json(asDemo("GET", document, "school.kpt", null));
        assertThat(after.getString("status")).isEqualTo("PARTIALLY_SIGNED");
        assertThat(after.getJsonArray("signers").getJsonObject(1).getString("status")).isEqualTo("WAITING");
        browser.signOut();
    }

    /** Fills the signing panel of the page: consent, typed name, a drawn stroke, the password; then signs. */
    private static void signHere(String name) {
        browser.click(By.cssSelector("#sign\\:consent .ui-chkbox-box"));
        browser.type(By.id("sign:typedName"), name);
        WebElement pad = browser.driver.findElement(By.cssSelector("#sign\\:pad canvas"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
        new Actions(browser.driver).moveToElement(pad, -120, 10).clickAndHold()
                .moveByOffset(60, -30).moveByOffset(60, 40).moveByOffset(80, -20).release().perform();
        browser.type(By.id("sign:password"), DEMO_PASSWORD);
        browser.submit(By.id("sign:sign-now"));
    }

    /** Uploads the file on the public verification page, signed out. */
    private static void verify(Path file) {
        browser.open("/verify.xhtml");
        browser.driver.findElement(By.id("by-pdf:file")).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("by-pdf:check-pdf"));
        browser.text(By.id("verdict"));
    }
}
