package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.RiasecType;
import eu.cginternational.service.guidance.AssessmentResult;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A student's interest results as pages show them: the newest with its chart, the ones before it,
 * and a chart comparing them when there are several.
 */
public class ResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<AssessmentResult> results;
    private final String latestChart;
    private final String comparisonChart;

    /** The results for a reader in the language and on the clock of the page (the day each result was completed). */
    ResultsView(List<AssessmentResult> results, Locale locale, ZoneId zone) {
        this.results = List.copyOf(results);
        this.latestChart = results.isEmpty() ? null : InterestCharts.profile(results.get(0).profile(), locale);
        this.comparisonChart = results.size() < 2 ? null : InterestCharts.comparison(
                results.stream().map(AssessmentResult::profile).toList(),
                results.stream().map(AssessmentResult::completedAt).toList(), locale, zone);
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }

    /** Newest first. */
    public List<AssessmentResult> getResults() {
        return results;
    }

    public AssessmentResult getLatest() {
        return results.isEmpty() ? null : results.get(0);
    }

    public String getLatestChart() {
        return latestChart;
    }

    public String getComparisonChart() {
        return comparisonChart;
    }

    public RiasecType[] getTypes() {
        return RiasecType.values();
    }
}
