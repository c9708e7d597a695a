package eu.cginternational.service.signing;

import eu.cginternational.domain.signing.Signer;
import eu.cginternational.domain.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a signer gives to sign: the password again, the name typed, the signature drawn (the
 * base64 PNG of PrimeFaces {@code p:signature}, with or without its {@code data:image/png;base64,}
 * prefix), and the version of the consent text they accepted (null: not accepted). The client
 * address and browser may be given by the web tier; when null the engine takes them from the
 * request ({@link eu.cginternational.service.config.RequestOrigin}).
 */
public record SignatureInput(
        @NotBlank(message = "{signing.password.required}") String password,
        @NotBlank(message = "{signing.typed_name.required}")
        @Size(max = Signer.TYPED_NAME_MAXLENGTH, message = "{signing.typed_name.too_long}") @PlainText String typedName,
        @NotBlank(message = "{signing.signature.required}") String drawnSignature,
        @NotBlank(message = "{signing.consent.required}") String consentVersion,
        String clientAddress,
        String userAgent) implements Serializable {

    /** The same input without the client's address and browser, which the engine then takes from the request. */
    public static SignatureInput of(String password, String typedName, String drawnSignature, String consentVersion) {
        return new SignatureInput(password, typedName, drawnSignature, consentVersion, null, null);
    }

    @Override
    public String toString() {
        return "SignatureInput[" + typedName + ", consent " + consentVersion + "]";
    }
}
