package eu.cginternational.web.view.guidance;

import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.guidance.InterestAssessments;
import eu.cginternational.web.view.ActiveUser;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the include {@code /WEB-INF/includes/guidance/interest-results.xhtml}, which shows one
 * student's interest results on another page (the counsellor's student page). Reads through
 * {@link InterestAssessments#resultsOf(long)}, so only the student and the staff of the student's
 * school see them; anyone else sees that they may not. Each student is read once per request.
 */
@Named("interestResults")
@RequestScoped
public class InterestResultsBacking {

    @Inject
    InterestAssessments assessments;

    @Inject
    ActiveUser activeUser;

    private final Map<Long, ResultsView> read = new HashMap<>();
    private final Map<Long, Boolean> denied = new HashMap<>();

    /** The results of the student, newest first; empty (and {@link #denied} true) when the caller may not see them. */
    public ResultsView of(Long studentId) {
        if (studentId == null) {
            return new ResultsView(List.of(), activeUser.getLocale(), activeUser.getTimeZone());
        }
        return read.computeIfAbsent(studentId, id -> {
            try {
                return new ResultsView(assessments.resultsOf(id), activeUser.getLocale(), activeUser.getTimeZone());
            } catch (AccessDeniedException | EJBAccessException e) {
                denied.put(id, true);
                return new ResultsView(List.of(), activeUser.getLocale(), activeUser.getTimeZone());
            }
        });
    }

    /** Whether the caller was refused the student's results. */
    public boolean denied(Long studentId) {
        of(studentId);
        return studentId != null && denied.getOrDefault(studentId, false);
    }
}
