package eu.cginternational.web.converter;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.training.TrainingRegistrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A teacher nominated for a training is their id in the form; only teachers of the administrator's school convert. */
@ApplicationScoped
@FacesConverter(value = "cg.nominee", managed = true)
public class NomineeConverter extends RecordConverter<UserAccount> {

    @Inject
    TrainingRegistrations registrations;

    public NomineeConverter() {
        super(UserAccount::getId, "training.nominate.choose");
    }

    @Override
    protected UserAccount find(long recordId) {
        return registrations.nominee(recordId);
    }
}
