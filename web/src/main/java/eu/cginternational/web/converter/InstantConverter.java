package eu.cginternational.web.converter;

import eu.cginternational.web.config.Dates;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/**
 * Shows a moment in UTC, the time every record is kept in, its day as the page's language writes it
 * ({@code Nov 29, 2026 17:05 UTC}, {@code 29 nën 2026 17:05 UTC}). Pages show moments; none is typed in.
 */
@FacesConverter("cg.utc")
public class InstantConverter implements Converter<Instant> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return Dates.moment(context.getViewRoot().getLocale(), value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("A moment is shown on the pages, never typed in");
    }
}
