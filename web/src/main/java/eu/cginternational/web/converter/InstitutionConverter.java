package eu.cginternational.web.converter;

import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.directory.InstitutionDirectory;
import eu.cginternational.service.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import eu.cginternational.web.config.Bundle;

/**
 * An institution in a form is its id; a forged or unknown id is a conversion error, not a crash.
 * A CDI bean (with a scope, for the annotated bean discovery) so that the service can be injected.
 */
@ApplicationScoped
@FacesConverter(forClass = Institution.class, managed = true)
public class InstitutionConverter implements Converter<Institution> {

    @Inject
    InstitutionDirectory institutions;

    @Override
    public String getAsString(FacesContext context, UIComponent component, Institution institution) {
        return institution == null || institution.getId() == null ? "" : institution.getId().toString();
    }

    @Override
    public Institution getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return institutions.get(Long.parseLong(value.trim()));
        } catch (NumberFormatException | NotFoundException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Bundle.text(context.getViewRoot().getLocale(), "user.institution.unknown"), null));
        }
    }
}
