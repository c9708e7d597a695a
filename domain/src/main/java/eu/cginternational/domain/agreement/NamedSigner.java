package eu.cginternational.domain.agreement;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;

/** A person named to sign a version for one of the parties; the version keeps them in signing order. */
@Embeddable
public class NamedSigner implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    protected NamedSigner() {
        // for JPA
    }

    /** The person signs for their own institution. */
    public NamedSigner(UserAccount account) {
        this.account = Objects.requireNonNull(account);
        this.institution = account.getInstitution();
    }

    /** The same signer as an object of its own, for another version: see {@link AgreementVersion}. */
    NamedSigner copy() {
        NamedSigner copy = new NamedSigner();
        copy.account = account;
        copy.institution = institution;
        return copy;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Institution getInstitution() {
        return institution;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedSigner that && account.equals(that.account) && institution.equals(that.institution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, institution);
    }
}
