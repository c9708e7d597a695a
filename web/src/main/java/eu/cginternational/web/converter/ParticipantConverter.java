package eu.cginternational.web.converter;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.mobility.MobilityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A mobility participant in a form is their id; only people the caller may apply for convert. */
@ApplicationScoped
@FacesConverter(value = "cg.participant", managed = true)
public class ParticipantConverter extends RecordConverter<UserAccount> {

    @Inject
    MobilityService mobilities;

    public ParticipantConverter() {
        super(UserAccount::getId, "mobility.participant.choose");
    }

    @Override
    protected UserAccount find(long recordId) {
        return mobilities.candidate(recordId);
    }
}
