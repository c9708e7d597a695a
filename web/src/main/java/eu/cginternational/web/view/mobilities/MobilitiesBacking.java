package eu.cginternational.web.view.mobilities;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /mobilities/index.xhtml}: the mobilities the person may see; for school and ministry
 * administrators it is their approvals inbox. Paged, sorted and filtered in the database.
 */
@Named
@ViewScoped
public class MobilitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MobilityService mobilities;

    private PagedModel<Mobility> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(mobilities::list, mobilities::count, Mobility::getId);
    }

    public PagedModel<Mobility> getModel() {
        return model;
    }

    public MobilityStatus[] getStatuses() {
        return MobilityStatus.values();
    }

    public MobilityType[] getTypes() {
        return MobilityType.values();
    }
}
