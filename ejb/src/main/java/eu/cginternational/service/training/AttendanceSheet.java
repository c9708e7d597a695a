package eu.cginternational.service.training;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The frame of a training's attendance sheet: the training with its completion rule, and its sessions, the
 * sheet's columns. Its rows, the people holding a seat, are many and read a page at a time
 * ({@link TrainingRoster#seats}); a row's mark for a session is empty while nobody has marked it.
 */
public record AttendanceSheet(Training training, List<TrainingSession> sessions) implements Serializable {

    public AttendanceSheet {
        sessions = List.copyOf(sessions);
    }

    /** Whether the person was marked present (true), absent (false), or not marked. */
    public Optional<Boolean> mark(Registration seat, TrainingSession session) {
        return seat.attendanceAt(session).map(a -> a.isPresent());
    }

    /** Whether the person's attendance meets the completion rule so far. */
    public boolean meetsRule(Registration seat) {
        return training.meetsCompletionRule(seat);
    }
}
