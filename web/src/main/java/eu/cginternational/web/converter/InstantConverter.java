package eu.cginternational.web.converter;

import eu.cginternational.web.config.Dates;
import eu.cginternational.web.view.ActiveUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Shows a moment on the reader's clock, its day as the page's language writes it ({@code Nov 29, 2026 18:05 CET},
 * {@code 29 nën 2026 18:05 CET}). Pages show moments; none is typed in.
 */
@ApplicationScoped
@FacesConverter(value = "cg.moment", managed = true)
public class InstantConverter implements Converter<Instant> {

    @Inject
    ActiveUser reader;

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return Dates.moment(context.getViewRoot().getLocale(), reader.getTimeZone(), value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("A moment is shown on the pages, never typed in");
    }
}
