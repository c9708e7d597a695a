package eu.cginternational.domain.signing;

/** What a signed document is; its owner (the partnership agreements, the learning agreements) moves its own status. */
public enum DocumentKind {
    PARTNERSHIP_AGREEMENT,
    LEARNING_AGREEMENT
}
