package eu.cginternational.domain.signing;

/** What happened to a signed document. Every value is also a message key ({@code SigningEventType.NAME}). */
public enum SigningEventType {
    SENT,
    SIGNED,
    DECLINED,
    REMINDED,
    SUPERSEDED
}
