package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.service.signing.DocumentOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

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

    /** A person signs for their own institution only, and for it as long as they hold the role that signs for it. */
    @Override
    public Predicate mayActOn(UserAccount caller, Root<Signer> slot, AbstractQuery<?> query, CriteriaBuilder cb) {
        return AgreementAccess.maySignFor(caller, caller.getInstitution())
                ? cb.equal(slot.get("institution"), caller.getInstitution()) : cb.disjunction();
    }
}
