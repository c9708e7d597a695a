package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.web.config.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * Shows when a session takes place in its own time zone, the day as the page's language writes it
 * ({@code Apr 20, 2026 09:00–12:00 Europe/Podgorica}), and whether a training takes registrations now.
 */
@Named
@ApplicationScoped
public class TrainingTimes {

    private static final DateTimeFormatter ISO_DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String session(TrainingSession session) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return session == null ? "" : written(session, time -> Dates.dayAndTime(locale, time));
    }

    public String firstSession(Training training) {
        return training.getFirstSession().map(this::session).orElse("");
    }

    /** The first session for a list's export, its days in the ISO form the exports keep in every language. */
    public String firstSessionIso(Training training) {
        return training.getFirstSession().map(session -> written(session, ISO_DAY_AND_TIME::format)).orElse("");
    }

    private static String written(TrainingSession session, Function<LocalDateTime, String> dayAndTime) {
        boolean sameDay = session.getStart().toLocalDate().equals(session.getEnd().toLocalDate());
        return dayAndTime.apply(session.getStart()) + "\u2013"
                + (sameDay ? Dates.timeOfDay(session.getEnd()) : dayAndTime.apply(session.getEnd()))
                + " " + session.getTimeZone();
    }

    public boolean open(Training training) {
        return training.isOpenAt(Instant.now());
    }

    /** Whether the first session has started, after which a request is no longer approved. */
    public boolean begun(Training training) {
        return training.hasBegunAt(Instant.now());
    }
}
