package eu.cginternational.web.converter;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.web.config.Bundle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A teacher nominated for a training is their id in the form; only teachers of the administrator's school convert. */
@ApplicationScoped
@FacesConverter(value = "cg.nominee", managed = true)
public class NomineeConverter implements Converter<UserAccount> {

    @Inject
    TrainingRegistrations registrations;

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
            return registrations.nominee(Long.parseLong(value.trim()));
        } catch (NumberFormatException | NotFoundException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Bundle.text(context.getViewRoot().getLocale(), "training.nominate.choose"), null));
        }
    }
}
