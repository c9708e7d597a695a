package eu.cginternational.it.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;

/** The deployed platform as a client sees it: its address, its API and its page texts. */
final class Platform {

    static final String DEMO_PASSWORD = "cg-demo-2026!";
    static final String BASE_URL = System.getProperty("cg.base-url", "http://localhost:28080");

    private static final HttpClient HTTP = client().followRedirects(HttpClient.Redirect.NEVER).build();

    private Platform() {
    }

    /**
     * A client that talks to the platform as a browser does over plain HTTP, in HTTP/1.1: browsers speak HTTP/2 only
     * over TLS, and the JDK's upgrade to HTTP/2 on one shared connection once hung every call of a test class in CI
     * (time-outs, then GOAWAY).
     */
    static HttpClient.Builder client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
    }

    static String url(String path) {
        return BASE_URL + path;
    }

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A Monday some months after the day the tests run: a first day an application is in time for, whatever day that
     * is. A fixed date would be refused as past once the calendar reaches it.
     */
    static LocalDate mondayInMonths(int months) {
        return LocalDate.now(ZoneOffset.UTC).plusMonths(months).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** An API call as the user (or anonymous when username is null). */
    static HttpResponse<String> call(String method, String path, String username, String password, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (username != null) {
            request.header("Authorization", basicAuthorization(username, password));
        }
        return send(request.build());
    }

    /** The value of an {@code Authorization} header that signs in with HTTP Basic. */
    static String basicAuthorization(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(HTTP, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> asDemo(String method, String path, String username, String json) {
        return call(method, path, username, DEMO_PASSWORD, json);
    }

    /**
     * A new person with one role at the first institution whose name contains the given text, in a language
     * (EN, SQ, CNR), created by the demo coordinator; their password is then set through the welcome e-mail
     * ({@link Mailbox#setPasswordFromWelcomeMail}).
     */
    static String newAccount(String role, String institutionName, String language) {
        Mailbox.open();
        String username = unique(role.toLowerCase(java.util.Locale.ROOT));
        long institution = json(asDemo("GET", "/api/institutions?name=" + institutionName.replace(" ", "%20"), "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> created = asDemo("POST", "/api/users", "coordinator", """
                {"username": %s, "email": %s, "fullName": "Browser Person", "institutionId": %d,
                 "roles": [%s], "language": %s}""".formatted(quoted(username), quoted(username + "@school.example"),
                institution, quoted(role), quoted(language)));
        if (created.statusCode() != 201) {
            throw new AssertionError("could not create " + username + ": " + created.body());
        }
        return username;
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static String quoted(String text) {
        return Json.createValue(text).toString();
    }

    static boolean isNull(JsonObject object, String name) {
        return !object.containsKey(name) || object.get(name) == JsonValue.NULL;
    }

    /**
     * A text of the page bundle in a language ("" for English, "_sq", "_sr_Latn_ME"), read from the
     * web module's sources, so that tests follow the translations instead of copying them.
     */
    static String text(String languageSuffix, String key) {
        return text("messages", languageSuffix, key);
    }

    /** A text of a bundle of the web module: "messages" (the pages) or "faces" (Faces' own messages). */
    static String text(String bundle, String languageSuffix, String key) {
        return textIn(webBundle(bundle, languageSuffix), key);
    }

    /** All texts of a bundle of the web module in a language. */
    static Properties texts(String bundle, String languageSuffix) {
        return textsIn(webBundle(bundle, languageSuffix));
    }

    private static Path webBundle(String bundle, String languageSuffix) {
        return Path.of("..", "web", "src", "main", "resources", "eu", "cginternational", "web", "i18n",
                bundle + languageSuffix + ".properties");
    }

    /** A text of the domain's validation messages, with its {placeholders}. */
    static String validationText(String languageSuffix, String key) {
        return textIn(Path.of("..", "domain", "src", "main", "resources", "ValidationMessages" + languageSuffix + ".properties"), key);
    }

    private static String textIn(Path file, String key) {
        String text = textsIn(file).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No text " + key + " in " + file);
        }
        return text;
    }

    private static Properties textsIn(Path file) {
        Properties texts = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /**
     * A text of the services' bundle in a language, formatted with its arguments as the services
     * format it (for refusals the pages show as they come from a service).
     */
    static String serviceText(String languageSuffix, String key, Object... arguments) {
        String text = textIn(Path.of("..", "ejb", "src", "main", "resources", "eu", "cginternational", "service",
                "ServiceTexts" + languageSuffix + ".properties"), key);
        return new java.text.MessageFormat(text, java.util.Locale.ROOT).format(arguments);
    }
}
