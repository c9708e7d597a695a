package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Shows when a session takes place in its own time zone, written the same way in all three
 * languages ({@code 2026-04-20 09:00–12:00 Europe/Podgorica}), and whether a training takes
 * registrations now.
 */
@Named
@ApplicationScoped
public class TrainingTimes {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String session(TrainingSession session) {
        if (session == null) {
            return "";
        }
        boolean sameDay = session.getStart().toLocalDate().equals(session.getEnd().toLocalDate());
        return DAY_AND_TIME.format(session.getStart()) + "\u2013"
                + (sameDay ? TIME : DAY_AND_TIME).format(session.getEnd()) + " " + session.getTimeZone();
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
