package eu.cginternational.service.training;

import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The attendance sheet of a training: its sessions and the people holding a seat, by name, with
 * their marks. A row's mark for a session is empty while nobody has marked it.
 */
public record AttendanceSheet(Training training, List<TrainingSession> sessions, List<Registration> seats)
        implements Serializable {

    public AttendanceSheet {
        sessions = List.copyOf(sessions);
        seats = List.copyOf(seats);
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
