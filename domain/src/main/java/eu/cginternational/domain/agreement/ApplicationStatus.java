package eu.cginternational.domain.agreement;

/** Where a student's application to an opportunity is. Every value is also a message key. */
public enum ApplicationStatus {
    /** Waiting for the school's decision. */
    PENDING,
    /** Accepted by the school; a mobility draft was made from it. */
    ACCEPTED,
    /** Declined by the school, with a reason. */
    DECLINED
}
