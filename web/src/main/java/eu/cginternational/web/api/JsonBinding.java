package eu.cginternational.web.api;

import eu.cginternational.service.config.StrictJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON-B: Yasson's defaults, so answers are written as before, except that request bodies take each value
 * only from the JSON type it is ({@link StrictJson}). A body that breaks this is refused as unreadable
 * ({@link ProblemMappers.UnreadableBody}), before any service is called.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new StrictJson.YesNo(), new StrictJson.WholeNumber(), new StrictJson.LongNumber(), new StrictJson.Decimal(),
            new StrictJson.Amount(), new StrictJson.Text()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
