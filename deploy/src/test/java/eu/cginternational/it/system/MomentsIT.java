package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Pages show a moment on the reader's clock, the time zone of their institution's country, and name it (CET, CEST);
 * the API keeps the instant in UTC. A step of a mobility's history, read by its school's administrator in Tirana.
 */
class MomentsIT {

    @Test
    void aStepOfTheTimelineIsShownOnTheClockOfTheReadersCountry() {
        JsonObject mobility = json(asDemo("GET", "/api/mobilities?status=SCHOOL_APPROVED&size=1", "school.kpt", null))
                .getJsonArray("items").getJsonObject(0);
        long id = mobility.getJsonNumber("id").longValue();
        Instant approved = Instant.parse(json(asDemo("GET", "/api/mobilities/" + id, "school.kpt", null))
                .getJsonArray("history").getJsonObject(0).getString("occurredAt"));
        HttpClient school = Pages.browserOf("school.kpt");

        String page = Pages.open(school, "/mobilities/mobility.xhtml?id=" + id).body();

        assertThat(page).contains(PageDates.shown("_sq", PageDates.TIRANA, approved))
                .doesNotContain(PageDates.shown("_sq", ZoneId.of("UTC"), approved));
    }
}
