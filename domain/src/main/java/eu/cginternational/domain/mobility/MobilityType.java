package eu.cginternational.domain.mobility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The Erasmus+ VET mobility types with the duration each allows, in days of activity (start and
 * end day included, travel days not counted).
 */
public enum MobilityType {
    /** Short-term learner mobility. */
    LEARNER_SHORT_TERM(true, 10, 89),
    /** Long-term learner mobility, "ErasmusPro". */
    LEARNER_ERASMUS_PRO(true, 90, 365),
    STAFF_JOB_SHADOWING(false, 2, 60),
    STAFF_TEACHING_ASSIGNMENT(false, 2, 365),
    STAFF_COURSE(false, 2, 30);

    private final boolean learner;
    private final int minDays;
    private final int maxDays;

    MobilityType(boolean learner, int minDays, int maxDays) {
        this.learner = learner;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    /** Days of activity from start to end, both included. */
    public static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean allows(LocalDate start, LocalDate end) {
        long days = days(start, end);
        return !end.isBefore(start) && days >= minDays && days <= maxDays;
    }

    public boolean isForLearners() {
        return learner;
    }

    public int getMinDays() {
        return minDays;
    }

    public int getMaxDays() {
        return maxDays;
    }
}
