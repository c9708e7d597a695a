package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /trainings/mine.xhtml}: the person's own registrations. */
@Named
@ViewScoped
public class MyTrainingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRegistrations registrations;

    private PagedModel<Registration> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(registrations::listMine, registrations::countMine, Registration::getId);
    }

    public PagedModel<Registration> getModel() {
        return model;
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }
}
