package eu.cginternational.web.validator;

import eu.cginternational.domain.time.WallClock;
import eu.cginternational.web.view.ActiveUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.omnifaces.util.Components;
import org.omnifaces.util.Messages;

/**
 * A date and time typed on the reader's clock (their country's time zone) must be one that clock shows: a time in the
 * hour skipped when the clocks are put forward would be saved an hour later without a word.
 */
@ApplicationScoped
@FacesValidator(value = "cg.readersClock", managed = true)
public class ReadersClockValidator implements Validator<LocalDateTime> {

    @Inject
    ActiveUser reader;

    @Override
    public void validate(FacesContext context, UIComponent component, LocalDateTime value) {
        ZoneId zone = reader.getTimeZone();
        if (value != null && !WallClock.shows(zone, value)) {
            throw new ValidatorException(Messages.createError("general.time_skipped", Components.getLabel(component),
                    value, zone.getId()));
        }
    }
}
