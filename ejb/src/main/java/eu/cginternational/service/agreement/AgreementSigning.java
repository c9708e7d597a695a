package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementStatus;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.signing.SigningProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Moves an agreement as the signing engine reports progress on the document of its current
 * version, in the signature's own transaction: a signature that is not the last leaves it
 * partially signed, the last puts the version in force (with its parties: the placements of a
 * company it left out close), a decline records the signer's reason.
 * The signer is the caller of the engine. A rule broken here rolls the signature back.
 */
@ApplicationScoped
public class AgreementSigning {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    AuditLog audit;

    @Inject
    AgreementNotices notices;

    void onSigning(@Observes SigningProgress progress) {
        if (progress.kind() != DocumentKind.PARTNERSHIP_AGREEMENT) {
            return;
        }
        AgreementVersion version = em.find(AgreementVersion.class, progress.subjectId());
        if (version == null) {
            throw new IllegalStateException("No agreement version " + progress.subjectId() + " for document "
                    + progress.documentId());
        }
        Agreement agreement = version.getAgreement();
        if (!agreement.getCurrent().equals(version)) {
            // The engine refuses to sign a superseded document; a late event of an older version changes nothing.
            return;
        }
        UserAccount signer = callers.getCurrent();
        Instant now = Instant.now();
        AgreementStatus before = agreement.getStatus();
        AgreementAction action = switch (progress.status()) {
            case PARTIALLY_SIGNED -> {
                AgreementService.ruled(() -> agreement.signed(signer, false, now));
                yield AgreementAction.SIGN;
            }
            case SIGNED -> {
                AgreementService.ruled(() -> agreement.signed(signer, true, now));
                yield AgreementAction.COMPLETE;
            }
            case DECLINED -> {
                AgreementService.ruled(() -> agreement.declined(signer, progress.reason(), now));
                yield AgreementAction.DECLINE;
            }
            case AWAITING_SIGNATURES, SUPERSEDED -> null;
        };
        if (action == AgreementAction.COMPLETE) {
            AgreementService.closeOpportunities(em, agreement, notices, audit, now);
        }
        if (action != null) {
            audit.record(AuditEventType.AGREEMENT_STATUS_CHANGED, AgreementService.label(agreement),
                    action + ": " + before + " -> " + agreement.getStatus() + " (document " + progress.documentId() + ")");
            notices.stepTaken(agreement, action);
        }
    }
}
