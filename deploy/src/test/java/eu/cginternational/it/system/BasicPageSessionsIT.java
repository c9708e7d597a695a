package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that signs in with HTTP Basic sends no cookie back, so a session made for its request would wait the 30 idle
 * minutes for nobody: pages make one (Faces' views, the signed-in person's beans), and a script polling a page, or a
 * burst of requests, would leave one per request on the server. None stays; a browser signed in through the login form
 * that sends Basic credentials as well keeps its own.
 */
class BasicPageSessionsIT {

    private static final String TEACHER = Platform.basicAuthorization("teacher.kpt", Platform.DEMO_PASSWORD);

    /** A page that is shown, one whose record its service does not find, and one that does not exist. */
    private static final Map<String, Integer> PAGES = Map.of("/mobilities/index.xhtml", 200,
            "/trainings/training.xhtml?id=999999999", 404, "/no-such-page.xhtml", 404);

    @BeforeAll
    static void countSessions() {
        LiveSessions.watch();
    }

    @AfterAll
    static void stopCounting() {
        LiveSessions.stop();
    }

    @Test
    void pagesOpenedWithHttpBasicLeaveNoSessionOnTheServer() {
        LiveSessions.Count before = LiveSessions.now();

        for (int i = 0; i < 10; i++) {
            PAGES.forEach((page, status) -> assertThat(open(page, TEACHER, null).statusCode()).as(page).isEqualTo(status));
        }

        LiveSessions.Count after = LiveSessions.now();
        assertThat(after.made()).as("the count sees the sessions the pages made").isGreaterThan(before.made());
        // Sessions of earlier tests may time out meanwhile: fewer may be alive, never more.
        assertThat(after.alive()).as("sessions alive").isLessThanOrEqualTo(before.alive());
    }

    @Test
    void aBrowserSignedInWithTheFormKeepsItsSessionWhenItSendsHttpBasicToo() {
        String session = Pages.sessionOf("teacher.kpt", Platform.DEMO_PASSWORD);

        assertThat(open("/mobilities/index.xhtml", TEACHER, session).statusCode()).isEqualTo(200);

        assertThat(open("/mobilities/index.xhtml", null, session).statusCode()).as("still signed in").isEqualTo(200);
    }

    private static HttpResponse<String> open(String page, String authorization, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.url(page))).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return Platform.send(request.GET().build());
    }
}
