package eu.cginternational.web.api;

import eu.cginternational.web.config.VisitorLanguage;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for refusals that happen before
 * Jakarta REST is reached (authentication, the CSRF filter).
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    /** The language of a client not (yet) signed in ({@link VisitorLanguage}). */
    public static Locale localeOf(HttpServletRequest request) {
        return VisitorLanguage.of(request).locale();
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .build().toString());
            // Committed now, so that the container cannot replace the body with an HTML error page.
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
