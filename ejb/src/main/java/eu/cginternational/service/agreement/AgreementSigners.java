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
import java.time.ZoneId;
import java.util.List;

/**
 * A partnership agreement's say over its signed documents in the signing engine.
 *
 * <p>Who reads them: whoever may read the version they are of ({@link AgreementAccess#mayReadVersion}), as its PDF from
 * the agreement: whoever sees the agreement, every version's, also a party an amendment took in and its ministry; a
 * version's own parties and signers, that version's, also once the agreement left them out. The engine alone would let
 * only the institutions that sign a document read it, whatever the agreement says.
 *
 * <p>Who still signs a partnership agreement's document: a named signer who still represents the party they were named
 * for ({@link AgreementAccess#maySignFor}), as sending checked. A school administrator moved to teaching, or a partner
 * whose role was taken away, keeps an active account but no longer speaks for the party: they neither sign nor
 * decline, and a representative of a party withdraws the version to name another signer.
 *
 * <p>Its clock: the drafting institution's, on which the agreement's PDF writes its days ({@link Agreement#dayAt}).
 *
 * <p>Who may send it again: the representatives of the parties with the rights to the agreement (those to the version
 * in force, before any was signed to the newest: {@link AgreementAccess#speaksFor}), who may withdraw the version; its
 * sender only as long as they are one of them.
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
    public boolean mayRead(UserAccount caller, SignedDocument document) {
        AgreementVersion version = em.find(AgreementVersion.class, document.getSubjectId());
        // A subject that is no version is no agreement's to guard (the engine's own tests send such documents): the
        // engine's rule alone decides, as for any other document.
        return version == null ? DocumentOwner.super.mayRead(caller, document)
                : AgreementAccess.mayReadVersion(caller, version);
    }

    @Override
    public ZoneId clock(SignedDocument document) {
        AgreementVersion version = em.find(AgreementVersion.class, document.getSubjectId());
        return version == null ? DocumentOwner.super.clock(document)
                : version.getAgreement().getDraftedFor().getCountry().timeZone();
    }

    @Override
    public boolean mayAct(Signer signer) {
        return AgreementAccess.maySignFor(signer.getAccount(), signer.getInstitution());
    }

    @Override
    public List<UserAccount> maySendAgain(SignedDocument document) {
        AgreementVersion version = em.find(AgreementVersion.class, document.getSubjectId());
        if (version == null) {
            return DocumentOwner.super.maySendAgain(document);
        }
        Agreement agreement = version.getAgreement();
        return AgreementAccess.whoMaySignFor(em, agreement.getInForce().orElseGet(agreement::getCurrent).getParties())
                .stream()
                .filter(person -> AgreementAccess.speaksFor(person, agreement))
                .toList();
    }

    @Override
    public Predicate mayActOn(Root<Signer> slot, AbstractQuery<?> query, CriteriaBuilder cb) {
        return AgreementAccess.maySignFor(slot.get("account"), slot.get("institution"), query, cb);
    }
}
