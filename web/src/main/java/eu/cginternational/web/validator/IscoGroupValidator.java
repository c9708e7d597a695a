package eu.cginternational.web.validator;

import eu.cginternational.domain.agreement.Isco;
import eu.cginternational.web.config.Bundle;
import eu.cginternational.web.view.ActiveUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import org.omnifaces.util.Components;

/**
 * A filter by occupation takes an ISCO-08 code or its first digits ({@link Isco#isGroup}): digits that begin no code
 * would list nothing, as if no placement were there. An empty field filters nothing. The message is in the reader's
 * language, not the view's: a value in the page's address is checked before the view, and with it its language, is
 * built (the browser's language until then).
 */
@ApplicationScoped
@FacesValidator(value = "cg.iscoGroup", managed = true)
public class IscoGroupValidator implements Validator<String> {

    @Inject
    ActiveUser reader;

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value != null && !value.isBlank() && !Isco.isGroup(value.trim())) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Bundle.text(reader.getLocale(), "opportunities.isco.invalid", Components.getLabel(component), value), null));
        }
    }
}
