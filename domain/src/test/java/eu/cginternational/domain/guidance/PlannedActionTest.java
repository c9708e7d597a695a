package eu.cginternational.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlannedActionTest {

    private final PlannedAction action = new PlannedAction(null, " Write a CV ", LocalDate.of(2026, 3, 1));

    @Test
    void markingDoneRecordsWhenAndOpeningAgainForgetsIt() {
        Instant now = Instant.parse("2026-02-20T09:00:00Z");
        action.mark(ActionStatus.DONE, now);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(action.getDoneAt()).isEqualTo(now);
        action.mark(ActionStatus.DONE, now.plusSeconds(5));
        assertThat(action.getDoneAt()).isEqualTo(now);
        action.mark(ActionStatus.OPEN, now.plusSeconds(10));
        assertThat(action.getDoneAt()).isNull();
        assertThat(action.getDescription()).isEqualTo("Write a CV");
    }

    @Test
    void onlyAnOpenActionPastItsDueDateIsOverdue() {
        assertThat(action.isOverdueOn(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(action.isOverdueOn(LocalDate.of(2026, 3, 2))).isTrue();
        action.mark(ActionStatus.DONE, Instant.now());
        assertThat(action.isOverdueOn(LocalDate.of(2026, 3, 2))).isFalse();
    }

    @Test
    void aDueDateIsGivenForTheSchoolsTodayOrLaterAndNotForADayPassed() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(new PlannedAction(null, "Due today", today).isDueFrom(today)).isTrue();
        assertThat(new PlannedAction(null, "Due tomorrow", today.plusDays(1)).isDueFrom(today)).isTrue();
        assertThat(new PlannedAction(null, "Due yesterday", today.minusDays(1)).isDueFrom(today)).isFalse();
        // No due date is its constraint's to report, not this rule's.
        assertThat(new PlannedAction(null, "No due date", null).isDueFrom(today)).isTrue();
    }
}
