package eu.cginternational.domain.signing;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import java.util.Objects;

/** Who is to sign a document, in which capacity and for which institution; a list of them gives the order. */
public record SignerSlot(UserAccount account, SignerRole role, Institution institution) {

    public SignerSlot {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(institution, "institution");
    }
}
