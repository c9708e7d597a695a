package eu.cginternational.domain.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MobilityTypeTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    /** The end date that makes a mobility from {@link #START} last the given days, both ends included. */
    private static LocalDate endAfter(long days) {
        return START.plusDays(days - 1);
    }

    @Nested
    class DurationRanges {

        @ParameterizedTest(name = "{0}: {1}–{2} days")
        @CsvSource({
            "LEARNER_SHORT_TERM,        10, 89",
            "LEARNER_ERASMUS_PRO,       90, 365",
            "STAFF_JOB_SHADOWING,       2,  60",
            "STAFF_TEACHING_ASSIGNMENT, 2,  365",
            "STAFF_COURSE,              2,  30"
        })
        void eachTypeHasTheRangeOfTheErasmusRules(MobilityType type, int min, int max) {
            assertThat(type.getMinDays()).isEqualTo(min);
            assertThat(type.getMaxDays()).isEqualTo(max);
        }

        @ParameterizedTest(name = "{0}: {1}–{2} days")
        @CsvSource({
            "LEARNER_SHORT_TERM,        10, 89",
            "LEARNER_ERASMUS_PRO,       90, 365",
            "STAFF_JOB_SHADOWING,       2,  60",
            "STAFF_TEACHING_ASSIGNMENT, 2,  365",
            "STAFF_COURSE,              2,  30"
        })
        void oneDayShorterThanTheMinimumIsRefused(MobilityType type, int min, int max) {
            assertThat(type.allows(START, endAfter(min - 1))).isFalse();
        }

        @ParameterizedTest(name = "{0}: {1}–{2} days")
        @CsvSource({
            "LEARNER_SHORT_TERM,        10, 89",
            "LEARNER_ERASMUS_PRO,       90, 365",
            "STAFF_JOB_SHADOWING,       2,  60",
            "STAFF_TEACHING_ASSIGNMENT, 2,  365",
            "STAFF_COURSE,              2,  30"
        })
        void exactlyTheMinimumIsAllowed(MobilityType type, int min, int max) {
            assertThat(type.allows(START, endAfter(min))).isTrue();
        }

        @ParameterizedTest(name = "{0}: {1}–{2} days")
        @CsvSource({
            "LEARNER_SHORT_TERM,        10, 89",
            "LEARNER_ERASMUS_PRO,       90, 365",
            "STAFF_JOB_SHADOWING,       2,  60",
            "STAFF_TEACHING_ASSIGNMENT, 2,  365",
            "STAFF_COURSE,              2,  30"
        })
        void exactlyTheMaximumIsAllowed(MobilityType type, int min, int max) {
            assertThat(type.allows(START, endAfter(max))).isTrue();
        }

        @ParameterizedTest(name = "{0}: {1}–{2} days")
        @CsvSource({
            "LEARNER_SHORT_TERM,        10, 89",
            "LEARNER_ERASMUS_PRO,       90, 365",
            "STAFF_JOB_SHADOWING,       2,  60",
            "STAFF_TEACHING_ASSIGNMENT, 2,  365",
            "STAFF_COURSE,              2,  30"
        })
        void oneDayLongerThanTheMaximumIsRefused(MobilityType type, int min, int max) {
            assertThat(type.allows(START, endAfter(max + 1))).isFalse();
        }

        @Test
        void shortTermAndErasmusProMeetWithoutGapOrOverlap() {
            assertThat(MobilityType.LEARNER_SHORT_TERM.allows(START, endAfter(89))).isTrue();
            assertThat(MobilityType.LEARNER_ERASMUS_PRO.allows(START, endAfter(89))).isFalse();
            assertThat(MobilityType.LEARNER_SHORT_TERM.allows(START, endAfter(90))).isFalse();
            assertThat(MobilityType.LEARNER_ERASMUS_PRO.allows(START, endAfter(90))).isTrue();
        }

        @Test
        void aSingleDayIsTooShortForEveryType() {
            assertThat(Arrays.stream(MobilityType.values()).filter(type -> type.allows(START, START))).isEmpty();
        }

        @Test
        void aFullLeapYearIsTooLongForEveryType() {
            LocalDate start = LocalDate.of(2028, 1, 1);
            LocalDate end = LocalDate.of(2028, 12, 31);

            assertThat(MobilityType.days(start, end)).isEqualTo(366);
            assertThat(Arrays.stream(MobilityType.values()).filter(type -> type.allows(start, end))).isEmpty();
        }
    }

    @Nested
    class EndBeforeStart {

        @ParameterizedTest
        @EnumSource(MobilityType.class)
        void endTheDayBeforeTheStartIsRefused(MobilityType type) {
            assertThat(type.allows(START, START.minusDays(1))).isFalse();
        }

        @ParameterizedTest
        @EnumSource(MobilityType.class)
        void endLongBeforeTheStartIsRefusedEvenWhenTheSpanWouldFit(MobilityType type) {
            LocalDate end = START.minusDays(type.getMinDays());

            assertThat(type.allows(START, end)).isFalse();
        }
    }

    @Nested
    class CountingDays {

        @Test
        void aMobilityStartingAndEndingOnTheSameDayLastsOneDay() {
            assertThat(MobilityType.days(START, START)).isEqualTo(1);
        }

        @Test
        void bothTheStartAndTheEndDayAreCounted() {
            assertThat(MobilityType.days(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 16))).isEqualTo(10);
        }

        @Test
        void aWholeMonthCountsAllItsDays() {
            assertThat(MobilityType.days(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).isEqualTo(30);
        }

        @Test
        void theLeapDayIsCounted() {
            assertThat(MobilityType.days(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1))).isEqualTo(3);
            assertThat(MobilityType.days(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1))).isEqualTo(2);
        }

        @Test
        void daysAcrossTheTurnOfTheYearAreCounted() {
            assertThat(MobilityType.days(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2))).isEqualTo(4);
        }
    }

    @Nested
    class Participants {

        @Test
        void exactlyTheLearnerTypesAreForLearners() {
            Set<MobilityType> forLearners = Arrays.stream(MobilityType.values())
                    .filter(MobilityType::isForLearners)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(MobilityType.class)));

            assertThat(forLearners)
                    .isEqualTo(EnumSet.of(MobilityType.LEARNER_SHORT_TERM, MobilityType.LEARNER_ERASMUS_PRO));
        }

        @ParameterizedTest
        @EnumSource(value = MobilityType.class, names = {"STAFF_JOB_SHADOWING", "STAFF_TEACHING_ASSIGNMENT",
            "STAFF_COURSE"})
        void staffTypesAreNotForLearners(MobilityType type) {
            assertThat(type.isForLearners()).isFalse();
        }
    }
}
