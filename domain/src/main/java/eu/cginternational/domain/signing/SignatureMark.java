package eu.cginternational.domain.signing;

import java.util.Objects;

/**
 * What a person leaves when they sign: the name they typed, the signature they drew (PNG), the
 * version of the consent text they accepted, where they signed from, and the hash of the document
 * they saw. The password check happens before; it leaves no trace here.
 */
public record SignatureMark(String typedName, byte[] drawnSignature, String consentVersion, String clientAddress,
        String userAgent, String documentHash) {

    public SignatureMark {
        Objects.requireNonNull(typedName, "typedName");
        Objects.requireNonNull(drawnSignature, "drawnSignature");
        Objects.requireNonNull(consentVersion, "consentVersion");
        Objects.requireNonNull(documentHash, "documentHash");
        drawnSignature = drawnSignature.clone();
    }

    @Override
    public byte[] drawnSignature() {
        return drawnSignature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignatureMark that && typedName.equals(that.typedName)
                && java.util.Arrays.equals(drawnSignature, that.drawnSignature) && consentVersion.equals(that.consentVersion)
                && Objects.equals(clientAddress, that.clientAddress) && Objects.equals(userAgent, that.userAgent)
                && documentHash.equals(that.documentHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typedName, java.util.Arrays.hashCode(drawnSignature), consentVersion, documentHash);
    }

    @Override
    public String toString() {
        return "SignatureMark[" + typedName + ", consent " + consentVersion + ", " + documentHash + "]";
    }
}
