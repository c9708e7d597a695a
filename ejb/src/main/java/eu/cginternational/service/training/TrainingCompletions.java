package eu.cginternational.service.training;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;
import static eu.cginternational.service.training.TrainingRules.ruled;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.training.CertificateCode;
import eu.cginternational.domain.training.CompletionBasis;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.error.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The completion of trainings: a registration that completes gets its certificate's verification
 * code, an audit entry and a notice to the participant. A participant completes a self-paced module
 * through {@link #completeSelfPaced(long)}, or through {@link #completeSelfPaced(Registration)} when an
 * author's removal of an item leaves nothing for them to do; trainings with sessions complete by
 * attendance when a provider closes them. A completion happens once and stays.
 */
@Stateless
public class TrainingCompletions {

    /** Tries before giving up on finding an unused code (about 59 random bits: the first one is free). */
    private static final int CODE_ATTEMPTS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    AuditLog audit;

    @Inject
    TrainingNotices notices;

    /**
     * The caller completed the self-paced module of the training: their seat (REGISTERED) is marked
     * completed with a new certificate code, and they are told. Calling it again for a completed
     * registration changes nothing and returns it as it is, so the caller may call it whenever the
     * last lesson or quiz is done. Whether the module really is complete is the caller's (the
     * module's) decision. Refused (422, {@code training.rule.NOT_REGISTERED}) when the caller holds no
     * seat; 404 when they have no registration for the training.
     */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.SCHOOL_ADMIN})
    public Registration completeSelfPaced(long trainingId) {
        UserAccount caller = callers.getCurrent();
        Registration registration = em.createQuery(
                        "SELECT r FROM Registration r WHERE r.training.id = :training AND r.participant = :me", Registration.class)
                .setParameter("training", trainingId)
                .setParameter("me", caller)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("registration.not_found", trainingId));
        return completeModule(registration);
    }

    /**
     * A participant's self-paced module became complete without their doing: an author removed the
     * last item they had not finished. Their seat completes as in {@link #completeSelfPaced(long)},
     * locked in the same way, in the caller's transaction; a completed registration stays as it is.
     * Whether the module really is complete is the caller's decision.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOL_ADMIN, Role.Names.PARTNER})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Registration completeSelfPaced(Registration seat) {
        em.lock(seat, LockModeType.PESSIMISTIC_WRITE);
        return completeModule(seat);
    }

    /** Completes the locked registration by its module, unless it has completed already. */
    private Registration completeModule(Registration registration) {
        if (!registration.isCompleted()) {
            complete(registration, CompletionBasis.SELF_PACED_MODULE, Instant.now());
        }
        return registration;
    }

    /** Completes a registration in the caller's transaction: code, audit entry, notice. Refused as the domain says. */
    private void complete(Registration registration, CompletionBasis basis, Instant now) {
        String code = unusedCode(em);
        ruled(() -> {
            registration.complete(basis, code, now);
            return registration;
        });
        flushOrReportConflict(em);
        announce(audit, notices, registration);
    }

    /** Records and tells a completion that has just been made. */
    static void announce(AuditLog audit, TrainingNotices notices, Registration registration) {
        audit.record(AuditEventType.TRAINING_COMPLETED, TrainingRegistrations.label(registration),
                registration.getCompletionBasis() + " " + registration.getCertificateCode() + " "
                        + TrainingRegistrations.whose(registration));
        notices.completed(registration);
    }

    /** A certificate code that no registration carries yet. */
    static String unusedCode(EntityManager em) {
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            String code = CertificateCode.next();
            Long taken = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.certificateCode = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
            if (taken == 0) {
                return code;
            }
        }
        throw new IllegalStateException("No unused certificate code found");
    }
}
