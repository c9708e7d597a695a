package eu.cginternational.domain.mobility;

/** Where a mobility is in its workflow. Every value is also a message key ({@code MobilityStatus.NAME}). */
public enum MobilityStatus {
    DRAFT,
    SUBMITTED,
    SCHOOL_APPROVED,
    MINISTRY_APPROVED,
    IN_PROGRESS,
    COMPLETED,
    /** Sent back with a comment; editable and submittable again. */
    RETURNED,
    /** Refused with a reason; final. */
    REJECTED,
    /** Taken back by the applicant before the final approval; final. */
    WITHDRAWN,
    /** Called off after approval, with a reason; final. */
    CANCELLED;

    /** Whether the application can still be edited. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
