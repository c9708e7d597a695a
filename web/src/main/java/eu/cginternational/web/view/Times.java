package eu.cginternational.web.view;

import eu.cginternational.web.config.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Days as the page's language writes them ({@link Dates}), and moments for a list's export: an exporter writes a
 * column's value as it is, without the converter the page gives it, and the export keeps the ISO form.
 */
@Named
@ApplicationScoped
public class Times {

    public String utc(Instant moment) {
        return Dates.iso(moment);
    }

    public String day(LocalDate day) {
        return Dates.day(pageLocale(), day);
    }

    public String period(LocalDate first, LocalDate last) {
        return day(first) + " \u2013 " + day(last);
    }

    private static Locale pageLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
