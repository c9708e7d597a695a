package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.service.signing.DocumentOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;

/**
 * Who still signs a partnership agreement's document: a named signer who still represents the party they were named
 * for ({@link AgreementAccess#maySignFor}), as sending checked. A school administrator moved to teaching, or a partner
 * whose role was taken away, keeps an active account but no longer speaks for the party: they neither sign nor
 * decline, and whoever sent the version withdraws it to name another signer.
 *
 * <p>Who may send it again: the representatives of the parties with the rights to the agreement (those to the version
 * in force, before any was signed to the newest: {@link AgreementAccess#speaksFor}), who may withdraw the version.
 */
@ApplicationScoped
public class AgreementSigners implements DocumentOwner {

    @PersistenceContext
    EntityManager em;

    @Override
    public DocumentKind kind() {
        return DocumentKind.PARTNERSHIP_AGREEMENT;
    }

    @Override
    public boolean mayAct(Signer signer) {
        return AgreementAccess.maySignFor(signer.getAccount(), signer.getInstitution());
    }

    @Override
    public List<UserAccount> maySendAgain(SignedDocument document) {
        AgreementVersion version = em.find(AgreementVersion.class, document.getSubjectId());
        if (version == null) {
            return List.of();
        }
        Agreement agreement = version.getAgreement();
        return agreement.getInForce().orElseGet(agreement::getCurrent).getParties().stream()
                .flatMap(party -> AgreementAccess.whoMaySignFor(em, party).stream())
                .filter(person -> AgreementAccess.speaksFor(person, agreement))
                .toList();
    }

    /** A person signs for their own institution only, and for it as long as they hold the role that signs for it. */
    @Override
    public Predicate mayActOn(UserAccount caller, Root<Signer> slot, AbstractQuery<?> query, CriteriaBuilder cb) {
        return AgreementAccess.maySignFor(caller, caller.getInstitution())
                ? cb.equal(slot.get("institution"), caller.getInstitution()) : cb.disjunction();
    }
}
