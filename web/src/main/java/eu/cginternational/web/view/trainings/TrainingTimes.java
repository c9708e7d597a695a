package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.web.config.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Locale;

/**
 * Shows when a session takes place in its own time zone, the day as the page's language writes it
 * ({@code Apr 20, 2026 09:00–12:00 Europe/Podgorica}), and whether a training takes registrations now.
 */
@Named
@ApplicationScoped
public class TrainingTimes {

    public String session(TrainingSession session) {
        if (session == null) {
            return "";
        }
        boolean sameDay = session.getStart().toLocalDate().equals(session.getEnd().toLocalDate());
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Dates.dayAndTime(locale, session.getStart()) + "\u2013"
                + (sameDay ? Dates.timeOfDay(session.getEnd()) : Dates.dayAndTime(locale, session.getEnd()))
                + " " + session.getTimeZone();
    }

    public String firstSession(Training training) {
        return training.getFirstSession().map(this::session).orElse("");
    }

    public boolean open(Training training) {
        return training.isOpenAt(Instant.now());
    }

    /** Whether the first session has started, after which a request is no longer approved. */
    public boolean begun(Training training) {
        return training.hasBegunAt(Instant.now());
    }
}
