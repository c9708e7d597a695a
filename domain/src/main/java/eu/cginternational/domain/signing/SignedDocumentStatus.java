package eu.cginternational.domain.signing;

/** Where a signed document stands. Only the first two are open: they wait for a signature. */
public enum SignedDocumentStatus {
    AWAITING_SIGNATURES,
    PARTIALLY_SIGNED,
    SIGNED,
    DECLINED,
    SUPERSEDED;

    /** Whether the document still waits for a signature. */
    public boolean isOpen() {
        return this == AWAITING_SIGNATURES || this == PARTIALLY_SIGNED;
    }
}
