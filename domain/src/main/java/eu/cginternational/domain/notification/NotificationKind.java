package eu.cginternational.domain.notification;

/**
 * What a notification asks of its reader, whatever it is about (a mobility, an agreement, a
 * training): the page shows each kind with its own label and icon.
 */
public enum NotificationKind {
    /** Something waits for the reader: a decision, a signature. */
    ACTION_REQUIRED,
    /** Someone decided on the reader's own request. */
    DECISION,
    /** Something of the reader's is due. */
    REMINDER,
    /** For the reader's information only. */
    INFORMATION
}
