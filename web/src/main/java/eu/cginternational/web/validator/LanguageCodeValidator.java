package eu.cginternational.web.validator;

import eu.cginternational.domain.text.LanguageCode;
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
import java.util.Locale;
import org.omnifaces.util.Components;

/**
 * A filter by language takes a language code the platform knows ({@link LanguageCode#isKnown}), in either case: other
 * letters would list nothing, as if no placement were there. An empty field filters nothing. The message is in the
 * reader's language, as {@link IscoGroupValidator}'s, should the code come in a page's address.
 */
@ApplicationScoped
@FacesValidator(value = "cg.languageCode", managed = true)
public class LanguageCodeValidator implements Validator<String> {

    @Inject
    ActiveUser reader;

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value != null && !value.isBlank() && !LanguageCode.isKnown(value.trim().toLowerCase(Locale.ROOT))) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Bundle.text(reader.getLocale(),
                    "opportunities.language_code.invalid", Components.getLabel(component), value), null));
        }
    }
}
