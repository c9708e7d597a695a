package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.guidance.DataSource;
import eu.cginternational.domain.guidance.DemandLevel;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.domain.guidance.Sector;
import eu.cginternational.service.guidance.OccupationCatalogue;
import eu.cginternational.service.guidance.OccupationDraft;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /coordinator/occupation.xhtml?isco=NNNN}: the coordinator corrects an occupation's texts,
 * interest types, level and demand per country; saving against a version someone else changed
 * meanwhile is refused.
 */
@Named
@ViewScoped
public class EditOccupationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OccupationCatalogue catalogue;

    private String isco;
    private Occupation occupation;
    private OccupationDraft draft;
    private List<DataSource> sources;

    public void load() {
        occupation = catalogue.get(isco);
        draft = OccupationDraft.of(occupation);
        sources = catalogue.sources();
    }

    @ReportsRefusals
    public void save() {
        catalogue.revise(isco, draft);
        Messages.addFlashGlobalInfo("occupation.saved");
        Faces.redirect("guidance/occupation.xhtml?isco=%s", isco);
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

    public OccupationDraft getDraft() {
        return draft;
    }

    public List<DataSource> getSources() {
        return sources;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public DemandLevel[] getDemandLevels() {
        return DemandLevel.values();
    }
}
