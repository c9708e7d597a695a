package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementClause;
import eu.cginternational.domain.agreement.AgreementStatus;
import eu.cginternational.domain.agreement.AgreementTerms;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.agreement.ClauseTemplate;
import eu.cginternational.domain.agreement.NamedSigner;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityStatus;
import eu.cginternational.domain.agreement.PlacementCommitment;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerSlot;
import eu.cginternational.service.signing.SignatureInput;
import eu.cginternational.service.signing.SigningEngine;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

/**
 * Partnership agreements: the lists each role sees, drafting for one's own institution, changing
 * the draft, sending it for signature, amending, terminating, and the PDF of each version. A step
 * is one transaction: check the version the person saw, check role and scope, let the agreement
 * apply its own rules, record the step, audit it and tell whoever acts next. Sending hands the
 * version's PDF to the signing engine; signatures and declines go through the engine, whose
 * progress moves the agreement (see {@link AgreementSigning}).
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
        Role.Names.PARTNER})
public class AgreementService {

    private static final Listing<Agreement> LISTING = Listing.of(Agreement.class)
            .filter("status", (cb, root, value) -> cb.equal(root.get("status"), AgreementStatus.valueOf(value)))
            .textFilter("title", root -> root.get("title"))
            .filter("country", (cb, root, value) -> cb.isMember(value, root.<Set<String>>get("involvedCountries")))
            .filter("endsBefore", (cb, root, value) -> cb.lessThanOrEqualTo(root.get("endsOn"), Listing.day(value)))
            .sort("title", root -> root.get("title"))
            .sort("status", root -> root.get("status"))
            .sort("endsOn", root -> root.get("endsOn"))
            .sort("updatedAt", root -> root.get("updatedAt"))
            .fetch(root -> root.fetch("draftedFor", JoinType.INNER))
            // The list names the parties of each agreement's version in force, or newest: read for the whole page at once.
            .batchRead("versions")
            .batchRead("versions.parties")
            .defaultSort("updatedAt", false);

    /** How many candidates the edit page offers besides the parties already chosen. */
    public static final int PARTY_CHOICES = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    AgreementNotices notices;

    @Inject
    AgreementDocuments documents;

    @Inject
    SigningEngine signing;

    public Page<Agreement> page(PageRequest request) {
        return LISTING.page(em, request, AgreementAccess.scopeOf(callers.getCurrent()));
    }

    public List<Agreement> list(PageRequest request) {
        return LISTING.items(em, request, AgreementAccess.scopeOf(callers.getCurrent()));
    }

    public long count(Map<String, String> filters) {
        return LISTING.count(em, filters, AgreementAccess.scopeOf(callers.getCurrent()));
    }

    /** The agreement, when the caller may see it; otherwise it does not exist for them. */
    public Agreement get(long id) {
        Agreement agreement = em.find(Agreement.class, id);
        if (agreement == null || !AgreementAccess.canSee(callers.getCurrent(), agreement)) {
            throw new NotFoundException("agreement.not_found", id);
        }
        return agreement;
    }

    public Set<AgreementAction> actionsFor(Agreement agreement) {
        return AgreementAccess.actionsFor(callers.getCurrent(), agreement);
    }

    public boolean canEdit(Agreement agreement) {
        return AgreementAccess.canEdit(callers.getCurrent(), agreement);
    }

    /**
     * The signing record of the version the agreement stands on, when the caller may read it: a party
     * taken in by an amendment that was then declined neither signs nor reads the version in force.
     */
    public Optional<Long> readableSigningDocument(Agreement agreement) {
        Long document = agreement.getPrevailing().getSignedDocumentId();
        return document != null && signing.mayRead(document) ? Optional.of(document) : Optional.empty();
    }

    public boolean mayDraft() {
        return AgreementAccess.mayDraft(callers.getCurrent());
    }

    /** The signer whose turn it is on the current version, if it waits for signatures. */
    public Optional<UserAccount> nextSigner(Agreement agreement) {
        Long documentId = agreement.getCurrent().getSignedDocumentId();
        if (!agreement.getStatus().isAtSigning() || documentId == null) {
            return Optional.empty();
        }
        return signing.findLatest(DocumentKind.PARTNERSHIP_AGREEMENT, agreement.getCurrent().getId())
                .flatMap(SignedDocument::getCurrentSigner).map(Signer::getAccount);
    }

    /** Schools and companies that can be parties, by part of the name; at most {@code max}. */
    public List<Institution> partyCandidates(String text, int max) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.active = :active AND i.type IN :types"
                        + " AND LOCATE(:text, LOWER(i.name)) > 0 ORDER BY i.name", Institution.class)
                .setParameter("active", true)
                .setParameter("types", List.of(InstitutionType.VET_SCHOOL, InstitutionType.COMPANY))
                .setParameter("text", text == null ? "" : text.trim().toLowerCase(Locale.ROOT))
                .setMaxResults(Math.min(Math.max(max, 1), 50))
                .getResultList();
    }

    /**
     * The schools and companies to offer as the other parties when drafting (no agreement) or editing
     * one: the first {@value #PARTY_CHOICES} candidates by name and every party already chosen, even
     * beyond those, by name; never the drafting institution, which is always a party. The editor's own
     * institution, when it did not draft the agreement, is one of the chosen, so it stays offered and
     * checked.
     */
    public List<Institution> otherPartyChoices(Agreement agreement) {
        Institution drafting = agreement == null ? callers.getCurrent().getInstitution() : agreement.getDraftedFor();
        Map<Long, Institution> choices = new java.util.LinkedHashMap<>();
        partyCandidates("", PARTY_CHOICES).forEach(i -> choices.put(i.getId(), i));
        if (agreement != null) {
            agreement.getCurrent().getParties().forEach(i -> choices.put(i.getId(), i));
        }
        choices.remove(drafting.getId());
        return choices.values().stream().sorted(java.util.Comparator.comparing(Institution::getName)).toList();
    }

    /** A school or company that can be a party, by id. */
    public Institution partyCandidate(long id) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null || !institution.isActive()
                || (institution.getType() != InstitutionType.VET_SCHOOL && institution.getType() != InstitutionType.COMPANY)) {
            throw new NotFoundException("institution.not_found", id);
        }
        return institution;
    }

    /**
     * Who can sign for the caller's institution and these others: the active administrators of the
     * schools and the partners of the companies.
     */
    public List<UserAccount> signerCandidates(List<Long> institutionIds) {
        return signerCandidates(null, institutionIds);
    }

    /**
     * Who can sign for the agreement's drafting institution (the caller's when there is no agreement
     * yet), the caller's and these others: a party that did not draft the agreement edits it with the
     * drafting institution's signers to choose from too.
     */
    public List<UserAccount> signerCandidates(Agreement agreement, List<Long> institutionIds) {
        List<Long> ids = new ArrayList<>(institutionIds);
        ids.add(callers.getCurrent().getInstitution().getId());
        if (agreement != null) {
            ids.add(agreement.getDraftedFor().getId());
        }
        return AgreementAccess.whoMaySignFor(em, ids,
                (cb, person) -> List.of(cb.asc(person.get("institution").get("name")), cb.asc(person.get("fullName"))));
    }

    /** Starts an agreement in draft for the caller's own institution. */
    public Agreement create(AgreementDraft draft) {
        validator.validate(draft);
        UserAccount caller = callers.getCurrent();
        if (!AgreementAccess.mayDraft(caller)) {
            throw new AccessDeniedException();
        }
        List<Institution> parties = parties(draft);
        AgreementTerms terms = terms(draft, caller, null);
        List<NamedSigner> signers = signers(draft);
        Instant now = Instant.now();
        Agreement agreement = ruled(() -> new Agreement(draft.getTitle(), caller, parties, terms, signers, now));
        em.persist(agreement);
        flushOrReportConflict(em);
        audit.record(AuditEventType.AGREEMENT_CREATED, label(agreement), agreement.getTitle());
        return agreement;
    }

    /** Changes the draft version; only a representative of a party to it, only while it is a draft. */
    public Agreement revise(long id, AgreementDraft draft) {
        validator.validate(draft);
        Agreement agreement = get(id);
        UserAccount caller = callers.getCurrent();
        if (!AgreementAccess.writesDraft(caller, agreement)) {
            throw new AccessDeniedException();
        }
        // A change without the version read is refused as incomplete, not taken for somebody else's change.
        validator.validate(new VersionSeen(draft.getVersion()));
        requireVersion(agreement, draft.getVersion());
        List<Institution> parties = parties(draft);
        AgreementTerms terms = terms(draft, caller, agreement.getCurrent());
        List<NamedSigner> signers = signers(draft);
        ruled(() -> {
            agreement.revise(draft.getTitle(), parties, terms, signers, caller, Instant.now());
            return agreement;
        });
        // The terms live in the version's rows: move the agreement's lock too, so that two edits cannot both win.
        em.lock(agreement, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flushOrReportConflict(em);
        audit.record(AuditEventType.AGREEMENT_UPDATED, label(agreement), "version " + agreement.getCurrent().getNumber());
        return agreement;
    }

    /**
     * Takes a step a person asks for: SEND freezes the draft and hands it to the signing engine,
     * WITHDRAW takes the version under signature back from the engine and makes a draft of it (whoever
     * may send may withdraw: the side that sent it), AMEND makes a new draft version, TERMINATE ends the
     * agreement in force (and closes its opportunities), DECLINE is the refusal of a named signer, passed
     * on to the signing engine.
     */
    public Agreement act(long id, AgreementTransition transition) {
        validator.validate(transition);
        Agreement agreement = get(id);
        requireVersion(agreement, transition.version());
        UserAccount caller = callers.getCurrent();
        AgreementAction action = transition.action();
        if (action == AgreementAction.DECLINE) {
            decline(agreement, transition.comment());
            return agreement;
        }
        if (!AgreementAction.BY_PEOPLE.contains(action)) {
            throw new RejectedException("agreement.rule.ILLEGAL_TRANSITION", action, agreement.getStatus());
        }
        if (!AgreementAccess.speaksFor(caller, agreement) && agreement.allows(action)) {
            throw new AccessDeniedException();
        }
        AgreementStatus before = agreement.getStatus();
        Instant now = Instant.now();
        AgreementVersion newest = agreement.getCurrent();
        switch (action) {
            case SEND -> send(agreement, caller, now);
            case WITHDRAW -> {
                ruled(() -> agreement.withdraw(caller, transition.comment(), now));
                withdrawFromSignature(agreement, newest, "version withdrawn by its sender");
            }
            case AMEND -> ruled(() -> agreement.amend(caller, transition.comment(), now));
            case TERMINATE -> {
                ruled(() -> agreement.terminate(caller, transition.comment(), now));
                // An amendment under signature ends with the version in force: nobody signs it any more.
                if (before.isAtSigning()) {
                    withdrawFromSignature(agreement, newest, "agreement terminated");
                }
                closeOpportunities(em, agreement, notices, audit, now);
            }
            default -> throw new IllegalStateException(action.name());
        }
        flushOrReportConflict(em);
        audit.record(AuditEventType.AGREEMENT_STATUS_CHANGED, label(agreement),
                action + ": " + before + " -> " + agreement.getStatus());
        notices.stepTaken(agreement, action);
        return agreement;
    }

    /**
     * The PDF of one version: for a version sent for signature the frozen bytes the signers sign,
     * from the signing engine; for a draft the PDF as it would be sent now. Whoever sees the agreement
     * reads every version; a version's own parties and signers read a version sent for signature also
     * once the agreement left them out ({@link AgreementAccess#mayReadVersion}, the rule the engine asks
     * for its document too). For anyone else the agreement does not exist.
     */
    public Pdf versionPdf(long id, int number) {
        UserAccount caller = callers.getCurrent();
        Agreement agreement = em.find(Agreement.class, id);
        Optional<AgreementVersion> found = agreement == null ? Optional.empty() : agreement.findVersion(number);
        if (agreement == null || (!AgreementAccess.canSee(caller, agreement)
                && found.filter(v -> AgreementAccess.mayReadVersion(caller, v)).isEmpty())) {
            throw new NotFoundException("agreement.not_found", id);
        }
        AgreementVersion version = found.orElseThrow(() -> new NotFoundException("agreement.version.not_found", number));
        return version.getSignedDocumentId() == null ? documents.render(version) : signing.pdf(version.getSignedDocumentId());
    }

    /**
     * Freezes the draft and hands it to the signing engine: the version's PDF is rendered once, its
     * signers become the engine's signer slots in their order, and the version keeps the engine's
     * document. The engine tells the first signer. Each signer named must still be able to sign
     * ({@link AgreementAccess#maySignFor}): one deactivated, or no longer holding the role, since the
     * draft was written could not sign in, and the agreement would wait for them for ever.
     */
    private void send(Agreement agreement, UserAccount caller, Instant now) {
        ruled(() -> agreement.send(caller, now));
        for (NamedSigner signer : agreement.getCurrent().getSigners()) {
            if (!AgreementAccess.maySignFor(signer.getAccount(), signer.getInstitution())) {
                throw new RejectedException("agreement.signer.cannot_sign", signer.getAccount().getFullName(),
                        signer.getInstitution().getName());
            }
        }
        // Claim the agreement's version first: of two people sending at once, the second finds it changed.
        flushOrReportConflict(em);
        AgreementVersion version = agreement.getCurrent();
        List<SignerSlot> slots = version.getSigners().stream()
                .map(s -> new SignerSlot(s.getAccount(), s.getInstitution().getType() == InstitutionType.VET_SCHOOL
                        ? SignerRole.SCHOOL_PARTY : SignerRole.COMPANY_PARTY, s.getInstitution()))
                .toList();
        SignedDocument document = signing.send(DocumentKind.PARTNERSHIP_AGREEMENT, version.getId(),
                agreement.getTitle() + " (" + version.getNumber() + ")", documents.render(version), slots);
        version.frozenAs(document.getId());
    }

    /**
     * Takes the document of a version under signature out of the signers' hands, with the reason for its record, and
     * tells the signers ({@link AgreementNotices#withdrawnFromSignature}).
     */
    private void withdrawFromSignature(Agreement agreement, AgreementVersion version, String reason) {
        Long documentId = version.getSignedDocumentId();
        if (documentId != null) {
            signing.supersede(documentId, reason);
            notices.withdrawnFromSignature(agreement, version,
                    signing.findLatest(DocumentKind.PARTNERSHIP_AGREEMENT, version.getId()).orElseThrow());
        }
    }

    /**
     * The signer whose turn it is refuses the version under signature, through the signing engine. The step names the
     * agreement's version the person read (checked by {@link #act}), not the signing document's: the document is
     * declined as it stands.
     */
    private void decline(Agreement agreement, String reason) {
        AgreementVersion current = agreement.getCurrent();
        Long documentId = current.getSignedDocumentId();
        if (!agreement.getStatus().isAtSigning() || documentId == null) {
            throw new RejectedException("agreement.rule.ILLEGAL_TRANSITION", AgreementAction.DECLINE, agreement.getStatus());
        }
        long standing = signing.findLatest(DocumentKind.PARTNERSHIP_AGREEMENT, current.getId()).orElseThrow().getStateVersion();
        signing.decline(documentId, standing, reason);
    }

    /**
     * Signs the version under signature as the caller, through the signing engine (password,
     * typed name, drawn signature, consent) and naming the signing document's version the caller read (required); the
     * engine's progress moves the agreement.
     */
    public Agreement sign(long id, Long documentVersionSeen, SignatureInput input) {
        Agreement agreement = get(id);
        Long documentId = agreement.getCurrent().getSignedDocumentId();
        if (!agreement.getStatus().isAtSigning() || documentId == null) {
            throw new RejectedException("agreement.rule.NOT_AT_SIGNING", agreement.getStatus());
        }
        signing.sign(documentId, documentVersionSeen, input);
        return agreement;
    }

    /** The signing engine's document of the version under signature or signed last, if it was sent. */
    public Optional<SignedDocument> document(Agreement agreement) {
        Long documentId = agreement.getCurrent().getSignedDocumentId();
        return documentId == null ? Optional.empty() : Optional.of(signing.get(documentId));
    }

    /**
     * Closes the open opportunities the agreement no longer carries: all of them once it ended; after an amendment
     * signed by all, those of a company it left out and those that would end after its new last day. Applications
     * already accepted stay, those waiting for their school are declined and their students told
     * ({@link OpportunityBoard#closePlacement}).
     */
    static void closeOpportunities(EntityManager em, Agreement agreement, AgreementNotices notices, AuditLog audit, Instant now) {
        em.createQuery("SELECT o FROM Opportunity o WHERE o.agreement = :agreement AND o.status = :open", Opportunity.class)
                .setParameter("agreement", agreement)
                .setParameter("open", OpportunityStatus.OPEN)
                .getResultList().stream()
                .filter(o -> !agreement.hasVersionInForce() || !agreement.isParty(o.getHost()) || o.outlastsItsAgreement())
                .forEach(o -> {
                    int declined = OpportunityBoard.closePlacement(em, o, notices, now);
                    audit.record(AuditEventType.OPPORTUNITY_PUBLISHED, "opportunity " + o.getId(), "closed with "
                            + label(agreement) + ", " + declined + " waiting applications declined");
                });
    }

    /** The version of the agreement the person read, required with every change of it. */
    record VersionSeen(@NotNull(message = "{agreement.version.required}") Long version) {
    }

    private List<Institution> parties(AgreementDraft draft) {
        List<Institution> parties = new ArrayList<>();
        for (Long partyId : draft.getPartyIds()) {
            Institution party = partyId == null ? null : em.find(Institution.class, partyId);
            if (party == null || !party.isActive()) {
                throw validator.invalid("partyIds", "agreement.party.unknown");
            }
            parties.add(party);
        }
        return parties;
    }

    private List<NamedSigner> signers(AgreementDraft draft) {
        List<NamedSigner> signers = new ArrayList<>();
        for (Long signerId : draft.getSignerIds()) {
            UserAccount signer = signerId == null ? null : em.find(UserAccount.class, signerId);
            if (signer == null || !AgreementAccess.maySignFor(signer, signer.getInstitution())) {
                throw validator.invalid("signerIds", "agreement.signer.unknown");
            }
            signers.add(new NamedSigner(signer));
        }
        return signers;
    }

    /**
     * The terms of the draft. A clause the version before holds already is kept as it was copied, in the same language:
     * a template changed or retired since does not change, nor drop, a clause nobody touched. Only a clause added, or
     * one to be written in another language, is copied from its template now.
     */
    private AgreementTerms terms(AgreementDraft draft, UserAccount caller, AgreementVersion before) {
        Language language = draft.getLanguage() == null ? caller.getLanguage() : draft.getLanguage();
        Map<Long, AgreementClause> held = new HashMap<>();
        if (before != null) {
            before.getClauses().stream().filter(clause -> clause.getTemplateId() != null)
                    .forEach(clause -> held.putIfAbsent(clause.getTemplateId(), clause));
        }
        List<AgreementClause> clauses = new ArrayList<>();
        for (Long templateId : draft.getClauseTemplateIds()) {
            if (held.containsKey(templateId) && before.getLanguage() == language) {
                clauses.add(held.get(templateId));
                continue;
            }
            ClauseTemplate template = templateId == null ? null : em.find(ClauseTemplate.class, templateId);
            if (template == null || !template.isActive() && !held.containsKey(templateId)) {
                throw validator.invalid("clauseTemplateIds", "agreement.clause.unknown");
            }
            clauses.add(template.in(language));
        }
        List<PlacementCommitment> placements = draft.getPlacements().stream()
                .map(p -> new PlacementCommitment(p.getIscoCode(), p.getOccupationTitle(), p.getPlacementsPerYear()))
                .toList();
        return ruled(() -> new AgreementTerms(language, draft.getObjectives(), draft.getStartDate(), draft.getEndDate(),
                placements, draft.getMentors(), draft.getEquipment(), draft.getGuestTeaching(), draft.getCurriculumInput(),
                draft.getContacts(), clauses));
    }

    private static void requireVersion(Agreement agreement, Long versionSeen) {
        if (!Objects.equals(versionSeen, agreement.getVersion())) {
            throw new ConcurrentChangeException();
        }
    }

    /** Runs a change and turns a broken rule of the agreement into a refusal with a message key. */
    static <T> T ruled(Supplier<T> change) {
        return RejectedException.unlessRuleBroken("agreement.rule.", change);
    }

    static String label(Agreement agreement) {
        return "agreement " + agreement.getId();
    }
}
