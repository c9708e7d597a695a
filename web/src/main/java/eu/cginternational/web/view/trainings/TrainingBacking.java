package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.training.CatalogueRow;
import eu.cginternational.service.training.TrainingCatalogue;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.service.training.TrainingRegistrations.Action;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /trainings/training.xhtml?id=...}: one training with its sessions and seats, the person's
 * own registration (with their place on the waiting list) and only the actions that work now; a
 * school administrator also nominates teachers of their school here.
 */
@Named
@ViewScoped
public class TrainingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingCatalogue catalogue;

    @Inject
    TrainingRegistrations registrations;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private CatalogueRow row;
    private Training training;
    private Registration mine;
    private List<Action> actions = List.of();
    private UserAccount nominee;

    public void load() {
        row = catalogue.row(id);
        training = row.getTraining();
        if (isSchoolStaff()) {
            mine = registrations.myRegistration(id).orElse(null);
            if (mine != null) {
                mine.getHistory().size();
                // Whether the feedback form shows depends on the sessions attended.
                mine.getAttendance().size();
            }
            actions = registrations.actionsFor(training).stream().sorted().toList();
        }
    }

    @ReportsRefusals
    public void act(Action action) {
        Registration result = action == Action.REGISTER ? registrations.register(id, null) : registrations.cancel(mine.getId());
        if (result.getStatus() == RegistrationStatus.WAITLISTED) {
            Messages.addFlashGlobalInfo("training.result.WAITLISTED", result.getPosition());
        } else {
            Messages.addFlashGlobalInfo("training.result." + result.getStatus().name());
        }
        Faces.redirect("trainings/training.xhtml?id=%s", id.toString());
    }

    @ReportsRefusals
    public void nominate() {
        registrations.register(id, nominee.getId());
        Messages.addFlashGlobalInfo("training.nominated");
        Faces.redirect("trainings/training.xhtml?id=%s", id.toString());
    }

    public List<UserAccount> completeNominee(String text) {
        return registrations.nominees(text, 20);
    }

    public boolean isSchoolStaff() {
        return activeUser.is(Role.TEACHER) || activeUser.is(Role.SCHOOL_ADMIN);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Training getTraining() {
        return training;
    }

    /** The training with its seats taken and its waiting list, counted by the database. */
    public CatalogueRow getRow() {
        return row;
    }

    public Registration getMine() {
        return mine;
    }

    public List<Action> getActions() {
        return actions;
    }

    public UserAccount getNominee() {
        return nominee;
    }

    public void setNominee(UserAccount nominee) {
        this.nominee = nominee;
    }
}
