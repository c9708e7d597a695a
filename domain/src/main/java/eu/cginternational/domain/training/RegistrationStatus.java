package eu.cginternational.domain.training;

/** Where a person stands with a training. */
public enum RegistrationStatus {
    /** Holds a seat. */
    REGISTERED,
    /** On the waiting list, at a position. */
    WAITLISTED,
    /** Asked for a training that needs the school's nomination; the school administrator decides. */
    PENDING_APPROVAL,
    /** Gave up the seat, left the waiting list or withdrew the request. */
    CANCELLED,
    /** The school administrator did not nominate the person. */
    DECLINED;

    /** Whether the registration still counts: a seat, a place on the list or a request waiting for the school. */
    public boolean isActive() {
        return this == REGISTERED || this == WAITLISTED || this == PENDING_APPROVAL;
    }
}
