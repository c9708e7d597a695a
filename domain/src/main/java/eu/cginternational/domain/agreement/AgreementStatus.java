package eu.cginternational.domain.agreement;

/** Where an agreement is in its workflow. Every value is also a message key ({@code AgreementStatus.NAME}). */
public enum AgreementStatus {
    /** Being written; the current version can change. */
    DRAFT,
    /** Frozen and waiting for its first signature. */
    SENT_FOR_SIGNATURE,
    /** Some, not all, named signers have signed. */
    PARTIALLY_SIGNED,
    /** Signed by all; in force until its end date. */
    ACTIVE,
    /** Its end date has passed; final. */
    EXPIRED,
    /** A signer refused with a reason; the author can make a new version from it. */
    DECLINED,
    /** Ended early by a party with a reason; final. */
    TERMINATED;

    /** Whether the current version can still be changed. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Whether the current version waits for signatures. */
    public boolean isAtSigning() {
        return this == SENT_FOR_SIGNATURE || this == PARTIALLY_SIGNED;
    }
}
