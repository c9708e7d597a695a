package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.service.signing.DocumentOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.ZoneId;
import java.util.List;

/**
 * A learning agreement's say over its signed documents in the signing engine.
 *
 * <p>Who reads them: whoever may see its mobility ({@link MobilityAccess#canSee}), as they read every version's PDF, and
 * nobody else. The engine alone would let the host's signer and the people of the host read them for good, also once
 * the application is rejected or withdrawn, which the host does not see (participants are often minors); and a school
 * host's teachers or its country's ministry, who never see the mobility.
 *
 * <p>Who still signs or declines: a named signer who would still be picked by sending
 * ({@link LearningAgreementSignatures#signsAs}). An administrator of the sending school moved to teaching, or a host's
 * representative whose role was taken away or who moved institution, keeps an active account but no longer speaks for
 * their party; the sending school changes the agreement and sends it again.
 *
 * <p>Its clock: the sending school's, on which the learning agreement's PDF writes its days ({@link Mobility#dayAt}).
 *
 * <p>Who may send it again: the sending school's administrators, who may send and withdraw it
 * ({@link LearningAgreementSignatures#sendsFor}), not one who is the participant; its sender only as long as they are
 * one of them.
 */
@ApplicationScoped
public class LearningAgreementOwner implements DocumentOwner {

    @PersistenceContext
    EntityManager em;

    @Override
    public DocumentKind kind() {
        return DocumentKind.LEARNING_AGREEMENT;
    }

    @Override
    public boolean mayRead(UserAccount caller, SignedDocument document) {
        LearningAgreementVersion version = em.find(LearningAgreementVersion.class, document.getSubjectId());
        // A subject that is no version is no mobility's to guard (the engine's own tests send such documents, and the
        // owner's observers ignore them): the engine's rule alone decides, as for any other document.
        return version == null ? DocumentOwner.super.mayRead(caller, document)
                : MobilityAccess.canSee(caller, version.getAgreement().getMobility());
    }

    @Override
    public ZoneId clock(SignedDocument document) {
        LearningAgreementVersion version = em.find(LearningAgreementVersion.class, document.getSubjectId());
        // As for reading: a subject that is no version leaves the engine's rule alone.
        return version == null ? DocumentOwner.super.clock(document)
                : version.getAgreement().getMobility().getSendingSchool().getCountry().timeZone();
    }

    @Override
    public boolean mayAct(Signer signer) {
        LearningAgreementVersion version = em.find(LearningAgreementVersion.class, signer.getDocument().getSubjectId());
        // As for reading: a subject that is no version leaves the engine's rule alone.
        return version == null || LearningAgreementSignatures.signsAs(signer.getAccount(), signer.getRole(),
                version.getAgreement().getMobility());
    }

    @Override
    public List<UserAccount> maySendAgain(SignedDocument document) {
        LearningAgreementVersion version = em.find(LearningAgreementVersion.class, document.getSubjectId());
        // As for reading: a subject that is no version leaves the engine's rule alone.
        if (version == null) {
            return DocumentOwner.super.maySendAgain(document);
        }
        Mobility mobility = version.getAgreement().getMobility();
        return em.createNamedQuery("UserAccount.activeInRoleAt", UserAccount.class)
                .setParameter("role", Role.SCHOOL_ADMIN)
                .setParameter("institution", mobility.getSendingSchool())
                .getResultStream()
                .filter(person -> LearningAgreementSignatures.sendsFor(person, mobility))
                .toList();
    }

    @Override
    public Predicate mayActOn(Root<Signer> slot, AbstractQuery<?> query, CriteriaBuilder cb) {
        Path<Long> subject = slot.get("document").get("subjectId");
        Subquery<Long> anyVersion = query.subquery(Long.class);
        Root<LearningAgreementVersion> version = anyVersion.from(LearningAgreementVersion.class);
        anyVersion.select(version.get("id")).where(cb.equal(version.get("id"), subject));
        Subquery<Long> signedAs = query.subquery(Long.class);
        Root<LearningAgreementVersion> signed = signedAs.from(LearningAgreementVersion.class);
        // The signer's account as a root of this subquery, so that its institution is joined here: a path from the
        // query's root is joined in the subquery that uses it first, and a second use of this condition (the reminder
        // run asks it and its negation) would name a table it cannot see.
        Root<UserAccount> signer = signedAs.from(UserAccount.class);
        signedAs.select(signed.get("id")).where(cb.equal(signed.get("id"), subject), cb.equal(signer, slot.get("account")),
                LearningAgreementSignatures.signsAs(signer, slot.get("role"), signed.get("agreement").get("mobility"),
                        signedAs, cb));
        // As for acting: a subject that is no version leaves the engine's rule alone.
        return cb.or(cb.not(cb.exists(anyVersion)), cb.exists(signedAs));
    }
}
