package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.web.view.ActiveUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The occupations of the catalogue as pages name them: "5120 – Cook", the title in the reader's
 * language. For the occupation of a mobility (its form and its page) and the indicators by
 * occupation. Read once per request, so a coordinator's correction shows at once.
 */
@Named
@RequestScoped
public class OccupationLabels {

    @Inject
    OccupationCatalogue catalogue;

    @Inject
    ActiveUser activeUser;

    private Map<String, String> labels;

    /** Every occupation by ISCO-08 code, for a select. */
    public List<SelectItem> getOptions() {
        return labels().entrySet().stream().map(label -> new SelectItem(label.getKey(), label.getValue())).toList();
    }

    /** The code with the title, or the bare code when the catalogue does not know it. */
    public String label(String iscoCode) {
        return labels().getOrDefault(iscoCode, iscoCode);
    }

    private Map<String, String> labels() {
        if (labels == null) {
            labels = new LinkedHashMap<>();
            for (Occupation occupation : catalogue.all()) {
                labels.put(occupation.getIscoCode(),
                        occupation.getIscoCode() + " – " + occupation.getTitle().in(activeUser.getLanguage()));
            }
        }
        return labels;
    }
}
