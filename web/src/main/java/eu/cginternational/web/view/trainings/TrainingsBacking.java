package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.training.TrainingMode;
import eu.cginternational.service.training.CatalogueRow;
import eu.cginternational.service.training.TrainingCatalogue;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /trainings/index.xhtml}: the catalogue, paged and filtered in the database, with the seats left. */
@Named
@ViewScoped
public class TrainingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingCatalogue catalogue;

    private PagedModel<CatalogueRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(catalogue::list, catalogue::count, CatalogueRow::getId);
    }

    public PagedModel<CatalogueRow> getModel() {
        return model;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public TrainingMode[] getModes() {
        return TrainingMode.values();
    }
}
