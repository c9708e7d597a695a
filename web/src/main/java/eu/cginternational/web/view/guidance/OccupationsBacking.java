package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.DemandLevel;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.domain.guidance.RiasecType;
import eu.cginternational.domain.guidance.Sector;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /guidance/occupations.xhtml}: the occupation explorer, searched and filtered in the
 * database (text, RIASEC type, sector, EQF level, demand in a country), lazy.
 */
@Named
@ViewScoped
public class OccupationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The partner and destination countries the data covers, in the order of the project. */
    public static final List<String> COUNTRIES = List.of("ES", "IT", "NL", "FI", "DE", "AT", "AL", "XK", "ME");

    @Inject
    OccupationCatalogue catalogue;

    @Inject
    ActiveUser activeUser;

    private PagedModel<Occupation> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(catalogue::list, catalogue::count, Occupation::getId);
    }

    public PagedModel<Occupation> getModel() {
        return model;
    }

    /** The sort name of the title in the reader's language. */
    public String getTitleSort() {
        return "title_" + activeUser.getLanguage().name().toLowerCase(java.util.Locale.ROOT);
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public RiasecType[] getRiasecTypes() {
        return RiasecType.values();
    }

    public DemandLevel[] getDemandLevels() {
        return DemandLevel.values();
    }

    public List<String> getCountries() {
        return COUNTRIES;
    }

    public List<Integer> getEqfLevels() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8);
    }

    /** The codes of the countries where the occupation is in shortage, for the export. */
    public String shortageIn(Occupation occupation) {
        return String.join(" ", occupation.shortageCountries());
    }
}
