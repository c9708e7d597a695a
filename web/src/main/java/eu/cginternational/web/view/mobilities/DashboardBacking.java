package eu.cginternational.web.view.mobilities;

import eu.cginternational.service.mobility.MobilityStatistics;
import eu.cginternational.web.config.Bundle;
import eu.cginternational.web.view.ActiveUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /mobilities/dashboard.xhtml}: the mobilities the person may see, counted by status,
 * destination, type and month, as Chart.js configurations for {@code p:chart}.
 */
@Named
@RequestScoped
public class DashboardBacking {

    private static final String COLOUR = "#3B82F6";
    private static final String[] PALETTE = {"#3B82F6", "#10B981", "#F59E0B", "#EF4444", "#8B5CF6"};

    @Inject
    MobilityStatistics statistics;

    @Inject
    ActiveUser activeUser;

    private String byStatus;
    private String byDestination;
    private String byType;
    private String byMonth;
    private long total;

    @PostConstruct
    void count() {
        Locale locale = activeUser.getLocale();
        var statuses = statistics.byStatus();
        total = statuses.values().stream().mapToLong(Long::longValue).sum();
        byStatus = chart("bar", statuses, status -> Bundle.text(locale, "MobilityStatus." + status.name()), false);
        byDestination = chart("bar", statistics.byDestination(), code -> new Locale("", code).getDisplayCountry(locale), false);
        byType = chart("doughnut", statistics.byType(), type -> Bundle.text(locale, "MobilityType." + type.name() + ".short"), true);
        byMonth = chart("bar", statistics.byStartMonth(),
                month -> month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear(), false);
    }

    private static <K> String chart(String type, Map<K, Long> counts, Function<K, String> label, boolean legend) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<K, Long> entry : counts.entrySet()) {
            labels.add(label.apply(entry.getKey()));
            data.add(entry.getValue());
            colours.add(legend ? PALETTE[i++ % PALETTE.length] : COLOUR);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", data)
                                .add("backgroundColor", colours))))
                .add("options", options(type, legend))
                .build().toString();
    }

    /** Counts are whole numbers, so a bar chart's axis has no steps between them; a doughnut is half as high as it is wide. */
    private static JsonObjectBuilder options(String type, boolean legend) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", legend)));
        if ("bar".equals(type)) {
            options.add("scales", Json.createObjectBuilder()
                    .add("y", Json.createObjectBuilder()
                            .add("beginAtZero", true)
                            .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        } else {
            options.add("aspectRatio", 2);
        }
        return options;
    }

    public long getTotal() {
        return total;
    }

    public String getByStatus() {
        return byStatus;
    }

    public String getByDestination() {
        return byDestination;
    }

    public String getByType() {
        return byType;
    }

    public String getByMonth() {
        return byMonth;
    }
}
