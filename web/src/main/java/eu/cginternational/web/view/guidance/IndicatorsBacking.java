package eu.cginternational.web.view.guidance;

import eu.cginternational.service.guidance.IndicatorRow;
import eu.cginternational.service.guidance.PolicyIndicators;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /guidance/indicators.xhtml}: the policy indicators by area, counts below five shown as "<5" and the counts
 * hidden to protect them as "–", as the service gives them.
 */
@Named
@RequestScoped
public class IndicatorsBacking {

    @Inject
    PolicyIndicators indicators;

    private Map<IndicatorRow.Area, List<IndicatorRow>> byArea;

    public Map<IndicatorRow.Area, List<IndicatorRow>> getByArea() {
        if (byArea == null) {
            byArea = indicators.all().stream().collect(Collectors.groupingBy(IndicatorRow::area,
                    () -> new EnumMap<>(IndicatorRow.Area.class), Collectors.toList()));
        }
        return byArea;
    }

    public List<IndicatorRow> rows(IndicatorRow.Area area) {
        return getByArea().getOrDefault(area, List.of());
    }

    public IndicatorRow.Area[] getAreas() {
        return IndicatorRow.Area.values();
    }
}
