package eu.cginternational.domain.mail;

/** Where a message is on its way out. Every value is also a message key. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
