package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerSlot;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.signing.SignatureInput;
import eu.cginternational.service.signing.SigningEngine;
import eu.cginternational.service.signing.SigningProgress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;
import static eu.cginternational.service.query.AccountConditions.holds;

/**
 * The learning agreement of a mobility signed through the signing engine, by the sending school's
 * administrator (who sends it, and is not its participant), the participant and a representative of the host, in
 * that order.
 *
 * <p>The host representative is the first active account, by username, of those who act for the host
 * ({@link Mobility#hostRole}): a company's partners, a VET school's administrators. A host without one
 * cannot sign on the platform: sending is then refused with a message asking the coordinator to create
 * the account, because a learning agreement that the host never signed must not let the mobility start.
 * The agreement is sent from the submitted application on: a host reads no draft. Whatever refuses the sending
 * ({@link #refusalToSend}) is what the mobility page says instead of offering to send.
 *
 * <p>The document under signature is always of the current version: a change of the agreement (in
 * place or as a new version) supersedes it, see {@link #supersedeOpen}, and so does a change of the
 * mobility's own terms, which the PDF states too ({@link #onTermsChanged}), and the closing of the
 * mobility, after which nothing is signed ({@link #onClosed}). The mobility cannot start
 * before the document of the current version is signed by all three, after the last of those changes
 * ({@link LearningAgreementGate}). A document signed before stays as it was signed: it is the record
 * of what the parties agreed then, and simply no longer counts.
 *
 * <p>Whoever may send the agreement may also withdraw the current version from signature while it waits for
 * signatures ({@link #withdraw}), when a signer can no longer sign or it should not be signed as it is: the version
 * stays as it was sent, withdrawn, and the agreement is changed and sent anew. An administrator who is the participant
 * neither sends nor withdraws it ({@link #sendsFor}).
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
        Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
public class LearningAgreementSignatures {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    MobilityService mobilities;

    @Inject
    MobilityDocuments documents;

    @Inject
    SigningEngine engine;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    @Inject
    MobilityNotices notices;

    /**
     * Whether the caller may send the current version for signature now: an administrator of the sending school, with
     * nothing in the way ({@link #refusalToSend}).
     */
    public boolean canSend(Mobility mobility) {
        UserAccount caller = callers.getCurrent();
        return maySend(caller, mobility) && refusal(mobility, caller).isEmpty();
    }

    /**
     * Whether the caller may withdraw the current version from signature now ({@link #withdraw}): of the side that sends
     * it ({@link #sendsFor}), while it waits for signatures.
     */
    public boolean canWithdraw(Mobility mobility) {
        return sendsFor(callers.getCurrent(), mobility) && agreementOf(mobility)
                .flatMap(agreement -> engine.findLatest(DocumentKind.LEARNING_AGREEMENT, agreement.getCurrent().getId()))
                .filter(document -> document.getStatus().isOpen())
                .isPresent();
    }

    /**
     * Why the agreement of the mobility cannot be sent for signature now, if it cannot: the refusal that {@link #send}
     * would answer with, for a page to say instead of offering to send. Told to those who prepare the application (the
     * applicant and the staff of the sending school), who can do something about it; empty for anyone else.
     */
    public Optional<RejectedException> refusalToSend(Mobility mobility) {
        UserAccount caller = callers.getCurrent();
        return MobilityAccess.isApplicantSide(caller, mobility) ? refusal(mobility, caller) : Optional.empty();
    }

    /**
     * Sends the current version of the mobility's agreement for signature, based on the version of the agreement the
     * caller saw, as a withdrawal is: what is frozen is the text they read, and a change since (an edit in place keeps
     * the version's number) is reported instead. Its PDF is frozen, the caller (administrator of the sending school)
     * signs first, then the participant, then the host.
     */
    public SignedDocument send(long mobilityId, Long versionSeen) {
        validator.validate(new VersionSeen(versionSeen));
        Mobility mobility = mobilities.get(mobilityId);
        UserAccount caller = callers.getCurrent();
        if (!maySend(caller, mobility)) {
            throw new AccessDeniedException();
        }
        Optional<LearningAgreement> found = agreementOf(mobility);
        // Without an agreement there is no change to report: the refusal says to write it.
        if (found.isPresent() && !Objects.equals(versionSeen, found.get().getVersion())) {
            throw new ConcurrentChangeException();
        }
        refusal(mobility, caller).ifPresent(refused -> {
            throw refused;
        });
        LearningAgreement agreement = found.orElseThrow();
        // A change of the agreement racing with the sending must not slip under the frozen PDF.
        em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        LearningAgreementVersion current = agreement.getCurrent();
        UserAccount host = hostRepresentative(mobility).orElseThrow();
        Pdf pdf = documents.learningAgreement(current);
        String title = Texts.format(mobility.getParticipant().getLanguage().locale(), "learning.signing.title",
                current.getNumber(), mobility.getParticipant().getFullName(), mobility.getHost().getName());
        SignedDocument document = engine.send(DocumentKind.LEARNING_AGREEMENT, current.getId(), title, pdf, List.of(
                new SignerSlot(caller, SignerRole.SENDING_SCHOOL, mobility.getSendingSchool()),
                new SignerSlot(mobility.getParticipant(), SignerRole.PARTICIPANT, mobility.getSendingSchool()),
                new SignerSlot(host, SignerRole.HOST_ORGANISATION, mobility.getHost())));
        audit.record(AuditEventType.LEARNING_AGREEMENT_CHANGED, "mobility " + mobility.getId(),
                "version " + current.getNumber() + " sent for signature as signed document " + document.getId());
        return document;
    }

    /**
     * Withdraws the current version from signature, based on the version of the agreement the caller saw: the side that
     * sends it (an administrator of the sending school who is not its participant, {@link #sendsFor}), while its
     * document waits for signatures. The version stays as it was sent, marked withdrawn, with the comment if one was
     * given; its document is superseded, so nobody signs or declines it any more; the signers it had reached are told,
     * with the comment. The agreement's next change is the version to send anew.
     *
     * <p>An administrator who is the participant (a staff mobility) signs as the participant: as they would not send it,
     * they do not take it back from the other signers either. The refusal says who does, in the words of the sending's,
     * and is recorded as a denied access, as the engine records a signer who may no longer act; nothing changes.
     */
    public LearningAgreement withdraw(long mobilityId, LearningAgreementWithdrawal withdrawal) {
        validator.validate(withdrawal);
        Mobility mobility = mobilities.get(mobilityId);
        UserAccount caller = callers.getCurrent();
        if (!maySend(caller, mobility)) {
            throw new AccessDeniedException();
        }
        if (!sendsFor(caller, mobility)) {
            audit.recordAccessDenied("mobility " + mobility.getId());
            throw new RejectedException("learning.signing.participant_withdraws");
        }
        LearningAgreement agreement = agreementOf(mobility)
                .orElseThrow(() -> new NotFoundException("learning.not_found", mobilityId));
        if (!Objects.equals(withdrawal.version(), agreement.getVersion())) {
            throw new ConcurrentChangeException();
        }
        LearningAgreementVersion current = agreement.getCurrent();
        Optional<SignedDocument> document = engine.findLatest(DocumentKind.LEARNING_AGREEMENT, current.getId());
        SignedDocumentStatus status = document.map(SignedDocument::getStatus).orElse(null);
        RejectedException.unlessRuleBroken("learning.rule.", () -> agreement.withdraw(status, withdrawal.comment(),
                Instant.now()));
        flushOrReportConflict(em);
        SignedDocument withdrawn = document.orElseThrow();
        String detail = "version " + current.getNumber() + " withdrawn from signature";
        engine.supersede(withdrawn.getId(), detail + " by its sender");
        audit.record(AuditEventType.LEARNING_AGREEMENT_CHANGED, "mobility " + mobility.getId(),
                detail + " (signed document " + withdrawn.getId() + ")");
        notices.learningAgreementWithdrawn(current, withdrawn, caller);
        return agreement;
    }

    /** The document of the current version (whatever its status), or of an earlier one; empty when none was sent. */
    public Optional<SignedDocument> find(long mobilityId) {
        Mobility mobility = mobilities.get(mobilityId);
        return agreementOf(mobility).flatMap(this::latestDocument);
    }

    /** Signs the open document of the mobility's agreement as the caller, naming the document's version read. */
    public SignedDocument sign(long mobilityId, Long expectedDocumentVersion, SignatureInput input) {
        SignedDocument document = find(mobilityId).filter(d -> d.getStatus().isOpen())
                .orElseThrow(() -> new RejectedException("learning.signing.nothing_to_sign"));
        return engine.sign(document.getId(), expectedDocumentVersion, input);
    }

    /** The frozen PDF of the latest document of the agreement. */
    public Pdf documentPdf(long mobilityId) {
        return engine.pdf(latest(mobilityId).getId());
    }

    /** The audit certificate of the latest document of the agreement. */
    public Pdf auditCertificate(long mobilityId) {
        return engine.auditCertificate(latest(mobilityId).getId());
    }

    /**
     * Supersedes the document under signature after the agreement changed: the signers signed (or
     * were about to sign) a text that is no longer the agreement. Called by the agreement's service.
     */
    public void supersedeOpen(LearningAgreement agreement, String reason) {
        agreement.getVersions().forEach(version -> engine.findLatest(DocumentKind.LEARNING_AGREEMENT, version.getId())
                .filter(d -> d.getStatus().isOpen())
                .ifPresent(d -> engine.supersede(d.getId(), reason)));
    }

    /**
     * Supersedes the document under signature when the mobility's type, host, dates or occupation
     * changed: the PDF being signed names a mobility that no longer is, and the next signer must not
     * sign it. The administrator sends the agreement again for a new round.
     */
    public void onTermsChanged(@Observes MobilityTermsChanged change) {
        agreementOf(change.mobility()).ifPresent(agreement -> supersedeOpen(agreement,
                "mobility " + change.mobility().getId() + " changed: type, host, dates or occupation"));
    }

    /**
     * Supersedes the document under signature when the mobility is closed: nothing of a rejected, withdrawn,
     * cancelled or completed mobility is signed any more, and its signers are neither asked nor reminded.
     */
    public void onClosed(@Observes MobilityClosed closing) {
        Mobility mobility = closing.mobility();
        agreementOf(mobility).ifPresent(agreement -> supersedeOpen(agreement,
                "mobility " + mobility.getId() + " " + mobility.getStatus()));
    }

    /** The owner's side of a signing step: the mobility's audit trail records the agreement's progress. */
    public void onProgress(@Observes SigningProgress progress) {
        if (progress.kind() != DocumentKind.LEARNING_AGREEMENT) {
            return;
        }
        LearningAgreementVersion version = em.find(LearningAgreementVersion.class, progress.subjectId());
        if (version == null) {
            return;
        }
        String detail = "version " + version.getNumber() + " " + progress.status()
                + (progress.reason() == null ? "" : ": " + progress.reason());
        audit.record(AuditEventType.LEARNING_AGREEMENT_CHANGED, "mobility " + version.getAgreement().getMobility().getId(),
                detail);
    }

    private SignedDocument latest(long mobilityId) {
        return find(mobilityId).orElseThrow(() -> new NotFoundException("learning.signing.not_sent", mobilityId));
    }

    private Optional<SignedDocument> latestDocument(LearningAgreement agreement) {
        List<LearningAgreementVersion> versions = agreement.getVersions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            Optional<SignedDocument> document = engine.findLatest(DocumentKind.LEARNING_AGREEMENT, versions.get(i).getId());
            if (document.isPresent()) {
                return document;
            }
        }
        return Optional.empty();
    }

    private Optional<LearningAgreement> agreementOf(Mobility mobility) {
        return em.createNamedQuery("LearningAgreement.ofMobility", LearningAgreement.class)
                .setParameter("mobility", mobility)
                .getResultStream().findFirst();
    }

    /**
     * Whether the person acts for the sending school on the mobility's agreement: an administrator of the sending school,
     * who sends it ({@link #send}, unless it is their own mobility: {@link #refusalToSend}) and signs it for the school.
     */
    static boolean maySend(UserAccount caller, Mobility mobility) {
        return MobilityAccess.mayWriteLearningAgreement(caller, mobility) && caller.hasRole(Role.SCHOOL_ADMIN);
    }

    /**
     * Whether the person is of the side that sends the mobility's agreement, and so may withdraw it and send it again: an
     * administrator of the sending school ({@link #maySend}) who is not its participant. An administrator who is the
     * participant (a staff mobility) signs it as the participant, never for the school: another administrator sends and
     * withdraws it.
     */
    static boolean sendsFor(UserAccount person, Mobility mobility) {
        return maySend(person, mobility) && !person.equals(mobility.getParticipant());
    }

    /**
     * Whether the person would still sign the mobility's agreement in this capacity, by the rule sending picks the
     * signers with: the sending school's signer is one of its administrators ({@link #send}), the participant signs as
     * themself, and the host's signer is an active account acting for the host ({@link #hostRepresentative}). A named
     * signer who no longer is neither signs nor declines ({@link LearningAgreementOwner#mayAct}).
     */
    static boolean signsAs(UserAccount person, SignerRole role, Mobility mobility) {
        return switch (role) {
            case SENDING_SCHOOL -> maySend(person, mobility);
            case PARTICIPANT -> person.equals(mobility.getParticipant());
            case HOST_ORGANISATION -> person.isActive() && mobility.isHostedBy(person);
            case SCHOOL_PARTY, COMPANY_PARTY -> false;
        };
    }

    /**
     * {@link #signsAs(UserAccount, SignerRole, Mobility)} as a condition of a query that holds the person, the signer's
     * role and the mobility, whose subqueries (of roles held) are made from {@code query}.
     */
    static Predicate signsAs(Path<UserAccount> person, Path<SignerRole> role, Path<Mobility> mobility,
            AbstractQuery<?> query, CriteriaBuilder cb) {
        Path<Institution> own = person.get("institution");
        Path<Institution> host = mobility.get("host");
        List<Predicate> actsForHost = new ArrayList<>();
        for (InstitutionType type : InstitutionType.values()) {
            Mobility.hostRole(type).ifPresent(acting -> actsForHost.add(
                    cb.and(cb.equal(host.get("type"), type), holds(person, acting, query, cb))));
        }
        return cb.or(
                cb.and(cb.equal(role, SignerRole.PARTICIPANT), cb.equal(mobility.get("participant"), person)),
                cb.and(cb.equal(role, SignerRole.SENDING_SCHOOL), cb.equal(mobility.get("sendingSchool"), own),
                        holds(person, Role.SCHOOL_ADMIN, query, cb)),
                cb.and(cb.equal(role, SignerRole.HOST_ORGANISATION), cb.isTrue(person.get("active")), cb.equal(host, own),
                        cb.or(actsForHost.toArray(Predicate[]::new))));
    }

    /**
     * What keeps the caller from sending the agreement: the agreement's own rule
     * ({@link LearningAgreement#refusalToSend}: a closed mobility, a host that cannot host, a draft), then an agreement
     * not written yet, then a current version withdrawn from signature, or declined by a signer, and not changed since
     * ({@link LearningAgreement#refusalToSendCurrent}), then a host without an account to sign in its place, for which
     * the coordinator is asked: the coordinator creates partner and school administrator accounts. Last, an
     * administrator who is the participant (a staff mobility) would sign twice, for the school and as themself, which
     * a signed document refuses: another administrator of the school sends it.
     */
    private Optional<RejectedException> refusal(Mobility mobility, UserAccount caller) {
        Optional<RejectedException> ruled = LearningAgreement.refusalToSend(mobility)
                .map(broken -> RejectedException.of("learning.rule.", broken));
        if (ruled.isPresent()) {
            return ruled;
        }
        Optional<LearningAgreement> agreement = agreementOf(mobility);
        if (agreement.isEmpty()) {
            return Optional.of(new RejectedException("learning.signing.no_agreement"));
        }
        LearningAgreementVersion current = agreement.get().getCurrent();
        Optional<SignedDocument> newest = engine.findLatest(DocumentKind.LEARNING_AGREEMENT, current.getId());
        Optional<RejectedException> unchanged = agreement.get()
                .refusalToSendCurrent(newest.map(SignedDocument::getStatus).orElse(null),
                        newest.map(SignedDocument::getSentAt).orElse(null))
                .map(broken -> RejectedException.of("learning.rule.", broken));
        if (unchanged.isPresent()) {
            return unchanged;
        }
        if (hostRepresentative(mobility).isEmpty()) {
            Institution host = mobility.getHost();
            boolean byPartners = Mobility.hostRole(host.getType()).filter(Role.PARTNER::equals).isPresent();
            return Optional.of(new RejectedException(byPartners ? "learning.signing.no_host_account"
                    : "learning.signing.no_host_administrator", host.getName()));
        }
        if (maySend(caller, mobility) && !sendsFor(caller, mobility)) {
            return Optional.of(new RejectedException("learning.signing.participant_sends"));
        }
        return Optional.empty();
    }

    /** The version of the agreement a sending is based on: it must say which it saw. */
    record VersionSeen(@NotNull(message = "{learning.version.required}") Long version) {
    }

    /**
     * The account that signs for the host: the first by username of its active accounts in the role that acts for it
     * ({@link Mobility#hostRole}); empty without one, or for a host that cannot host.
     */
    private Optional<UserAccount> hostRepresentative(Mobility mobility) {
        Institution host = mobility.getHost();
        return Mobility.hostRole(host.getType()).flatMap(role -> em.createQuery("SELECT u FROM UserAccount u"
                        + " JOIN u.roles r WHERE u.institution = :host AND r = :role AND u.active = TRUE ORDER BY u.username",
                        UserAccount.class)
                .setParameter("host", host)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultStream().findFirst());
    }
}
