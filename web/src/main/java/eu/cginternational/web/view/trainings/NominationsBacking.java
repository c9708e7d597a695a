package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.web.view.PagedModel;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /trainings/nominations.xhtml}: the school administrator's view of their school's
 * registrations, where requests for trainings that need the school's nomination are decided.
 */
@Named
@ViewScoped
public class NominationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRegistrations registrations;

    private PagedModel<Registration> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(registrations::listOfMySchool, registrations::countOfMySchool, Registration::getId);
    }

    @ReportsRefusals
    public void approve(long registrationId) {
        registrations.approve(registrationId);
        decided();
    }

    @ReportsRefusals
    public void decline(long registrationId) {
        registrations.decline(registrationId);
        decided();
    }

    private void decided() {
        Messages.addFlashGlobalInfo("nominations.approved");
        Faces.redirect("trainings/nominations.xhtml");
    }

    public PagedModel<Registration> getModel() {
        return model;
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }
}
