package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP sessions of the platform's web module as the test server counts them: Payara's monitoring of the web
 * container, read over the admin port's REST interface. The platform itself tells nobody how many sessions it holds, and
 * the monitoring is off unless a test turns it on ({@link #watch()}), and off again when it is done ({@link #stop()}).
 * Its counts start when it is turned on.
 */
final class LiveSessions {

    private static final String ADMIN = "http://localhost:" + System.getProperty("cg.admin.port", "28048");
    private static final String LEVELS = "/management/domain/configs/config/server-config/monitoring-service/module-monitoring-levels";
    // The web module of the EAR as deployed (server.sh: deploy --name cg-international).
    private static final String WEB_MODULE = "/monitoring/domain/server/applications/cg-international/cg-web.war/server";

    /** The sessions alive now, and all made since the monitoring was turned on. */
    record Count(long alive, long made) {
    }

    private LiveSessions() {
    }

    /** Turns the monitoring of sessions on (the web container's level HIGH: LOW counts none). */
    static void watch() {
        setLevel("HIGH");
    }

    static void stop() {
        setLevel("OFF");
    }

    static Count now() {
        HttpResponse<String> answer = Platform.send(HttpRequest.newBuilder(URI.create(ADMIN + WEB_MODULE))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject figures = Platform.json(answer).getJsonObject("extraProperties").getJsonObject("entity");
        assertThat(figures).as("the web container's monitoring is on").containsKey("activesessionscurrent");
        return new Count(figures.getJsonObject("activesessionscurrent").getJsonNumber("current").longValue(),
                figures.getJsonObject("sessionstotal").getJsonNumber("count").longValue());
    }

    private static void setLevel(String level) {
        HttpResponse<String> answer = Platform.send(HttpRequest.newBuilder(URI.create(ADMIN + LEVELS))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                // The admin REST interface refuses changes without it (its guard against cross-site requests).
                .header("X-Requested-By", "cg-tests")
                .POST(HttpRequest.BodyPublishers.ofString("{\"webContainer\": \"" + level + "\"}")).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
