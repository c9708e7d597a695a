package eu.cginternational.domain.agreement;

/** Whether students can apply to an opportunity. Every value is also a message key. */
public enum OpportunityStatus {
    OPEN,
    CLOSED
}
