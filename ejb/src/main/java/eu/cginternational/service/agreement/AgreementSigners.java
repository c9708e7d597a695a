package eu.cginternational.service.agreement;

import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.service.signing.DocumentOwner;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who still signs a partnership agreement's document: a named signer who still represents the party they were named
 * for ({@link AgreementAccess#maySignFor}), as sending checked. A school administrator moved to teaching, or a partner
 * whose role was taken away, keeps an active account but no longer speaks for the party: they neither sign nor
 * decline, and whoever sent the version withdraws it to name another signer.
 */
@ApplicationScoped
public class AgreementSigners implements DocumentOwner {

    @Override
    public DocumentKind kind() {
        return DocumentKind.PARTNERSHIP_AGREEMENT;
    }

    @Override
    public boolean mayAct(Signer signer) {
        return AgreementAccess.maySignFor(signer.getAccount(), signer.getInstitution());
    }
}
