package eu.cginternational.domain.signing;

/** Where one signer of a document stands. */
public enum SignerStatus {
    WAITING,
    SIGNED,
    DECLINED
}
