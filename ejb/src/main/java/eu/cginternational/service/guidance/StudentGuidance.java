package eu.cginternational.service.guidance;

import eu.cginternational.domain.guidance.ActionStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's guidance as one reader may see it: the sessions (a private note already left out for
 * anyone but the counsellors of the school), the goals and the actions of the plan, and whether the
 * reader counsels the student (may record sessions and plan actions). {@code today} is the day at the student's
 * school, on its country's clock: the latest date a session may have, and the day by which an action is overdue. The plan's version is
 * {@link eu.cginternational.domain.guidance.ActionPlan#NOT_MADE} while there is no plan: a change of the goals sends it
 * back as the version read.
 */
public record StudentGuidance(long studentId, String studentName, String schoolName, LocalDate today, boolean counsellor,
        List<Session> sessions, String goals, long planVersion, List<Action> actions) implements Serializable {

    /** One session; {@code notes} is null when there are none or they are private to the reader. */
    public record Session(long id, LocalDate heldOn, String topics, String notes, boolean privateNote,
            String counsellorName) implements Serializable {
    }

    public record Action(long id, String description, LocalDate dueOn, ActionStatus status, Instant doneAt,
            boolean overdue, long version) implements Serializable {
    }

    public long openActions() {
        return actions.stream().filter(a -> a.status() == ActionStatus.OPEN).count();
    }
}
