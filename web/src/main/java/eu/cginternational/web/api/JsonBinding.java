package eu.cginternational.web.api;

import eu.cginternational.service.config.StrictJson;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.yasson.YassonConfig;
import org.eclipse.yasson.YassonJsonb;

/**
 * The API's JSON-B: Yasson's defaults, so answers are written as before, except that request bodies take each value
 * only from the JSON type it is ({@link StrictJson}) and only the properties their class has. A body that breaks this
 * is refused as unreadable ({@link ProblemMappers.UnreadableBody}), before any service is called, naming the property
 * and what it takes ({@link UnreadableProperty}) where the body is JSON at all.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    // An unknown property fails the reading: a misspelt one ("coment") would otherwise be dropped in silence.
    private static final Jsonb JSONB = new Binding((YassonJsonb) JsonbBuilder.create(new YassonConfig()
            .withFailOnUnknownProperties(true)
            .withDeserializers(new StrictJson.YesNo(), new StrictJson.WholeNumber(), new StrictJson.LongNumber(),
                    new StrictJson.Decimal(), new StrictJson.Amount(), new StrictJson.Text())));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Yasson, reading through a {@link PathTrackingParser} so that a failed reading can say where it failed. */
    private static final class Binding implements Jsonb {

        private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

        private final YassonJsonb yasson;

        Binding(YassonJsonb yasson) {
            this.yasson = yasson;
        }

        private <T> T read(JsonParser json, Type type) {
            PathTrackingParser parser = new PathTrackingParser(json, type);
            try (parser) {
                return yasson.fromJson(parser, type);
            } catch (JsonbException e) {
                if (malformed(e)) {
                    throw e;
                }
                throw UnreadableProperty.at(type, parser.path(), e).map(JsonbException.class::cast).orElse(e);
            }
        }

        /** Whether the body is no JSON at all (or broke off): JSON-P's own failures, which Yasson wraps. */
        private static boolean malformed(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public <T> T fromJson(InputStream stream, Type type) {
            // UTF-8, as Yasson reads a stream when no encoding is configured.
            return read(PARSERS.createParser(stream, StandardCharsets.UTF_8), type);
        }

        @Override
        public <T> T fromJson(InputStream stream, Class<T> type) {
            return fromJson(stream, (Type) type);
        }

        @Override
        public <T> T fromJson(Reader reader, Type type) {
            return read(PARSERS.createParser(reader), type);
        }

        @Override
        public <T> T fromJson(Reader reader, Class<T> type) {
            return fromJson(reader, (Type) type);
        }

        @Override
        public <T> T fromJson(String json, Type type) {
            return fromJson(new StringReader(json), type);
        }

        @Override
        public <T> T fromJson(String json, Class<T> type) {
            return fromJson(new StringReader(json), (Type) type);
        }

        @Override
        public String toJson(Object object) {
            return yasson.toJson(object);
        }

        @Override
        public String toJson(Object object, Type type) {
            return yasson.toJson(object, type);
        }

        @Override
        public void toJson(Object object, Writer writer) {
            yasson.toJson(object, writer);
        }

        @Override
        public void toJson(Object object, Type type, Writer writer) {
            yasson.toJson(object, type, writer);
        }

        @Override
        public void toJson(Object object, OutputStream stream) {
            yasson.toJson(object, stream);
        }

        @Override
        public void toJson(Object object, Type type, OutputStream stream) {
            yasson.toJson(object, type, stream);
        }

        @Override
        public void close() throws Exception {
            yasson.close();
        }
    }
}
