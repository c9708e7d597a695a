package eu.cginternational.web.converter;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.web.config.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A mobility participant in a form is their id; only people the caller may apply for convert. */
@ApplicationScoped
@FacesConverter(value = "cg.participant", managed = true)
public class ParticipantConverter implements Converter<UserAccount> {

    @Inject
    MobilityService mobilities;

    @Override
    public String getAsString(FacesContext context, UIComponent component, UserAccount person) {
        return person == null || person.getId() == null ? "" : person.getId().toString();
    }

    @Override
    public UserAccount getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return mobilities.candidate(Long.parseLong(value.trim()));
        } catch (NumberFormatException | NotFoundException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Bundle.text(context.getViewRoot().getLocale(), "mobility.participant.choose"), null));
        }
    }
}
