package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.InterestProfile;
import eu.cginternational.domain.guidance.RiasecType;
import eu.cginternational.web.config.Bundle;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Chart.js configurations for {@code p:chart}: one interest profile as bars, or several results compared. */
final class InterestCharts {

    private static final String[] PALETTE = {"#3B82F6", "#10B981", "#F59E0B", "#EF4444", "#8B5CF6", "#14B8A6"};

    private InterestCharts() {
    }

    /** One profile: a bar per type, its percentage of the scale. */
    static String profile(InterestProfile profile, Locale locale) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (RiasecType type : RiasecType.values()) {
            data.add(profile.percent(type));
        }
        return chart("bar", labels(locale), Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Bundle.text(locale, "assessment.score_percent"))
                .add("data", data)
                .add("backgroundColor", colours())), false);
    }

    /** Several results: one line per result, oldest first, so that changes over time show. */
    static String comparison(List<InterestProfile> profiles, List<Instant> completed, Locale locale, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = profiles.size() - 1; i >= 0; i--) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (RiasecType type : RiasecType.values()) {
                data.add(profiles.get(i).percent(type));
            }
            String colour = PALETTE[(profiles.size() - 1 - i) % PALETTE.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", format.format(completed.get(i)))
                    .add("data", data)
                    .add("borderColor", colour)
                    .add("backgroundColor", colour));
        }
        return chart("line", labels(locale), datasets, true);
    }

    private static JsonArrayBuilder labels(Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (RiasecType type : RiasecType.values()) {
            labels.add(Bundle.text(locale, "RiasecType." + type.name()));
        }
        return labels;
    }

    private static JsonArrayBuilder colours() {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (String colour : PALETTE) {
            colours.add(colour);
        }
        return colours;
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend))))
                .build().toString();
    }
}
