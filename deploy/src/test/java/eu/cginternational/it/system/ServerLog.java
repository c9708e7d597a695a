package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The test server's log as Payara's admin REST interface serves it ({@code view-log}): what it wrote after a mark. The
 * server writes its log from a queue of its own, a moment after the event.
 */
final class ServerLog {

    private static final String VIEW_LOG = "http://localhost:" + System.getProperty("cg.admin.port", "28048")
            + "/management/domain/view-log";

    private ServerLog() {
    }

    /** Where the log ends now: the mark to read on from. */
    static long end() {
        String next = read(VIEW_LOG).headers().firstValue("X-Text-Append-Next").orElseThrow();
        return Long.parseLong(next.replaceAll(".*[?&]start=(\\d+).*", "$1"));
    }

    /** What the log holds after the mark, once it holds the text (a later entry that shows the log has caught up). */
    static String since(long mark, String awaited) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        String written = read(VIEW_LOG + "?start=" + mark).body();
        while (!written.contains(awaited) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            written = read(VIEW_LOG + "?start=" + mark).body();
        }
        assertThat(written).as("the server log after the mark").contains(awaited);
        return written;
    }

    private static HttpResponse<String> read(String address) {
        HttpResponse<String> answer = Platform.send(HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(60)).GET().build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }
}
