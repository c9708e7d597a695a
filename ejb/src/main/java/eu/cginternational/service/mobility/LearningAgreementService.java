package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementContent;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.learning.Recognition;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

/**
 * The learning agreement of a mobility and its documents. Whoever may see the mobility reads the
 * agreement, its versions as PDF and, once the mobility is completed, the certificate of mobility.
 * Only the staff of the sending school (teachers and school administrators) write it: the
 * participant, the host and the deciders read it and will sign it. A change is one transaction:
 * check the version of the agreement the person saw, let the agreement apply its rules (edit in
 * place before the ministry's approval, a new version with a reason after it, nothing once the
 * mobility is closed), audit it. The mobility's own version is checked at commit, so a change
 * racing with an approval cannot slip into a version that is already approved.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
        Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
public class LearningAgreementService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    MobilityService mobilities;

    @Inject
    MobilityDocuments documents;

    @Inject
    LearningAgreementSignatures signatures;

    /** The agreement of a mobility the caller may see, with its versions; empty while none has been written. */
    public Optional<LearningAgreement> find(long mobilityId) {
        return agreementOf(mobilities.get(mobilityId));
    }

    /** Whether the caller may write the agreement of this mobility now. */
    public boolean canWrite(Mobility mobility) {
        return MobilityAccess.mayWriteLearningAgreement(callers.getCurrent(), mobility)
                && LearningAgreement.Phase.of(mobility.getStatus()) != LearningAgreement.Phase.CLOSED;
    }

    /**
     * Writes the agreement: the first version, a change of the current version while the mobility
     * is prepared, or a new version with its reason once the ministry has approved the mobility.
     */
    public LearningAgreement save(long mobilityId, LearningAgreementDraft draft) {
        validator.validate(draft);
        Mobility mobility = mobilities.get(mobilityId);
        UserAccount caller = callers.getCurrent();
        if (!MobilityAccess.mayWriteLearningAgreement(caller, mobility)) {
            throw new AccessDeniedException();
        }
        Optional<LearningAgreement> existing = agreementOf(mobility);
        if (!Objects.equals(draft.getVersion(), existing.map(LearningAgreement::getVersion).orElse(null))) {
            throw new ConcurrentChangeException();
        }
        LearningAgreementContent content = content(draft);
        Instant now = Instant.now();
        // The rules depend on the mobility's status: it must still be the one read here at commit.
        em.lock(mobility, LockModeType.OPTIMISTIC);
        LearningAgreement agreement;
        String detail;
        if (existing.isEmpty()) {
            agreement = ruled(() -> new LearningAgreement(mobility, content, caller, now));
            em.persist(agreement);
            detail = "version 1 written";
        } else {
            agreement = existing.get();
            LearningAgreementVersion changed = ruled(() -> agreement.change(content, caller, draft.getReason(), now));
            detail = changed.getReason() == null ? "version " + changed.getNumber() + " changed"
                    : "version " + changed.getNumber() + " made: " + changed.getReason();
        }
        flushOrReportConflict(em);
        audit.record(AuditEventType.LEARNING_AGREEMENT_CHANGED, "mobility " + mobility.getId(), detail);
        // What was under signature is no longer the agreement.
        signatures.supersedeOpen(agreement, detail);
        return agreement;
    }

    /** One version of the agreement as PDF, in the participant's language. */
    public Pdf versionPdf(long mobilityId, int number) {
        LearningAgreement agreement = agreementOf(mobilities.get(mobilityId))
                .orElseThrow(() -> new NotFoundException("learning.not_found", mobilityId));
        LearningAgreementVersion version = agreement.findVersion(number)
                .orElseThrow(() -> new NotFoundException("learning.version.not_found", number));
        return documents.learningAgreement(version);
    }

    /** Whether the certificate of mobility can be issued: once the mobility is completed. */
    public boolean hasCertificate(Mobility mobility) {
        return mobility.getStatus() == MobilityStatus.COMPLETED;
    }

    /** The certificate of mobility as PDF, in the participant's language; refused before completion. */
    public Pdf certificate(long mobilityId) {
        Mobility mobility = mobilities.get(mobilityId);
        if (!hasCertificate(mobility)) {
            throw new RejectedException("learning.certificate.not_completed", mobility.getStatus());
        }
        return documents.certificate(mobility, agreementOf(mobility).map(LearningAgreement::getCurrent));
    }

    private Optional<LearningAgreement> agreementOf(Mobility mobility) {
        Optional<LearningAgreement> agreement = em.createNamedQuery("LearningAgreement.ofMobility", LearningAgreement.class)
                .setParameter("mobility", mobility)
                .getResultStream()
                .findFirst();
        // Everything the pages, the API and the documents show, loaded while the transaction lasts.
        agreement.ifPresent(a -> {
            a.getMobility().getStatus();
            a.getVersions().forEach(v -> v.getMadeBy().getFullName());
        });
        return agreement;
    }

    /** The content of the draft, after the checks that span fields or need the list of languages. */
    private LearningAgreementContent content(LearningAgreementDraft draft) {
        if (!LearningAgreementContent.WORK_LANGUAGES.contains(draft.getWorkLanguage())) {
            throw validator.invalid("workLanguage", "learning.language.unknown");
        }
        Recognition recognition = draft.getRecognition();
        if (recognition.needsDetails() && (draft.getRecognitionDetails() == null || draft.getRecognitionDetails().isBlank())) {
            throw validator.invalid("recognitionDetails", "learning.recognition_details.required");
        }
        return draft.toContent();
    }

    /** Runs a change of the agreement and turns a broken rule of its own into a refusal with a message key. */
    private static <T> T ruled(java.util.function.Supplier<T> change) {
        return RejectedException.unlessRuleBroken("learning.rule.", change);
    }
}
