package eu.cginternational.service.mobility;

import eu.cginternational.domain.mobility.Mobility;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The rule that a mobility starts only with a learning agreement signed by all three parties:
 * the newest document of the agreement's current version must be SIGNED, and sent after the
 * version was last edited (an edit in place before the ministry's approval keeps the version's
 * number, so a signature of the earlier text must not count), and after the mobility's own terms
 * last changed (a returned application given another host or other dates: the signers signed for
 * another mobility, whatever the agreement's text says; {@link Mobility#revise}). Read by the manual
 * start and by the start timer, in their transactions.
 */
@Stateless
@PermitAll
public class LearningAgreementGate {

    /** JPQL condition on a mobility {@code m}: its agreement's current version has a document signed by all. */
    static final String SIGNED_BY_ALL = "EXISTS (SELECT d.id FROM SignedDocument d, LearningAgreementVersion v"
            + " WHERE d.kind = eu.cginternational.domain.signing.DocumentKind.LEARNING_AGREEMENT"
            + " AND d.status = eu.cginternational.domain.signing.SignedDocumentStatus.SIGNED"
            + " AND d.subjectId = v.id AND v.agreement.mobility = m"
            + " AND v.number = (SELECT MAX(w.number) FROM LearningAgreementVersion w WHERE w.agreement = v.agreement)"
            // Sent after the version was last edited in place, and not followed by a newer document of it.
            + " AND d.sentAt >= v.madeAt"
            // ... and after the mobility's type, host, dates or occupation last changed.
            + " AND (m.termsChangedAt IS NULL OR d.sentAt >= m.termsChangedAt)"
            + " AND d.id = (SELECT MAX(e.id) FROM SignedDocument e WHERE e.kind = d.kind AND e.subjectId = d.subjectId))";

    @PersistenceContext
    EntityManager em;

    public boolean isSignedByAll(Mobility mobility) {
        return em.createQuery("SELECT COUNT(m) FROM Mobility m WHERE m = :mobility AND " + SIGNED_BY_ALL, Long.class)
                .setParameter("mobility", mobility)
                .getSingleResult() > 0;
    }
}
