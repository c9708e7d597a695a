package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.CountryDemand;
import eu.cginternational.domain.guidance.DataSource;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.service.guidance.OccupationCatalogue;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /guidance/occupation.xhtml?isco=NNNN}: one occupation with its skills, interest types,
 * EQF level, demand per country with the sources named, and the link to its open opportunities.
 */
@Named
@ViewScoped
public class OccupationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OccupationCatalogue catalogue;

    private String isco;
    private Occupation occupation;
    private Map<String, DataSource> sources;

    public void load() {
        occupation = catalogue.get(isco);
        sources = catalogue.sources(occupation.getDemand().stream().map(CountryDemand::getSourceCode).collect(Collectors.toSet()));
    }

    public String getIsco() {
        return isco;
    }

    public void setIsco(String isco) {
        this.isco = isco;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public Collection<DataSource> getSources() {
        return sources.values();
    }

    public DataSource source(String code) {
        return sources.get(code);
    }
}
