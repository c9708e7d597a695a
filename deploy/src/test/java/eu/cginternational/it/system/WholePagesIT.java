package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A page is rendered whole before any of it is sent. Sent as it was rendered, in the container's 8 KB pieces, a page
 * was under way before its end was written: an exception while rendering could only cut it off, with status 200, and
 * the flash (the message a saved form leaves for the page it redirects to) could no longer set its cookie at the end
 * of that page, which Mojarra logged as a warning (JSF1095) on every such page.
 */
class WholePagesIT {

    @Test
    void thePageAfterARedirectShowsTheMessageAndMovesTheFlashOn() {
        String name = Platform.unique("Whole page school");
        long institution = json(asDemo("POST", "/api/institutions", "coordinator", """
                {"name": "%s", "type": "VET_SCHOOL", "countryCode": "ME", "city": "Nikšić", "latitude": 42.77, "longitude": 18.95}"""
                .formatted(name))).getJsonNumber("id").longValue();
        HttpClient coordinator = Pages.browserOf("coordinator");
        String page = "/coordinator/institution.xhtml?id=" + institution;

        HttpResponse<String> deactivated = Pages.press(coordinator, page, Pages.open(coordinator, page).body(),
                "institution", "deactivate");
        assertThat(deactivated.statusCode()).isIn(302, 303);
        HttpResponse<String> shown = Pages.open(coordinator,
                deactivated.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains(text("", "institution.deactivated"));
        assertThat(shown.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(shown.headers().firstValueAsLong("Content-Length"))
                .hasValue((long) shown.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(shown.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("csfcfc="));
    }

    @Test
    void aLongListIsSentWhole() {
        HttpClient coordinator = Pages.browserOf("coordinator");

        HttpResponse<String> audit = Pages.open(coordinator, "/coordinator/audit.xhtml");

        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body().length()).isGreaterThan(8192);
        assertThat(audit.headers().firstValueAsLong("Content-Length"))
                .hasValue((long) audit.body().getBytes(StandardCharsets.UTF_8).length);
    }
}
