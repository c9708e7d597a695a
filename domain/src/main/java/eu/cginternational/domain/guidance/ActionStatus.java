package eu.cginternational.domain.guidance;

/** Where an action of a student's plan stands. */
public enum ActionStatus {
    OPEN,
    DONE
}
