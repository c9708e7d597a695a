package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.service.admin.InstitutionAdministration;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /coordinator/institutions.xhtml}: the register of institutions, paged in the database. */
@Named
@ViewScoped
public class InstitutionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstitutionAdministration institutions;

    private PagedModel<Institution> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(institutions::list, institutions::count, Institution::getId);
    }

    public PagedModel<Institution> getModel() {
        return model;
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }
}
