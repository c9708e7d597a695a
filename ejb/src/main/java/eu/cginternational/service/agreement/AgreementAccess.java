package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.service.query.Listing;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import static eu.cginternational.service.query.AccountConditions.holds;

/**
 * Who may see and do what with an agreement: coordinators see all; a ministry sees the agreements
 * with a party in its country; the staff of a school and the partners of a company see those their
 * institution is a party to, of the version in force or of an amendment under way
 * ({@link Agreement#isInvolved}). Only school administrators and partners draft, for their own
 * institution; they change a draft their institution is a party to, and send, amend or terminate the
 * agreement whose version in force (before any was signed, the newest) their institution is a party
 * to ({@link Agreement#isParty}): a company an amendment takes in reads it and writes the amendment,
 * nothing more, until the amendment is signed by all. Whoever sees the agreement reads every version
 * of it and its signed document; a version's own parties and signers keep reading that version once
 * the agreement is no longer theirs to see ({@link #mayReadVersion}). Nobody outside these scopes
 * learns that an agreement exists.
 */
final class AgreementAccess {

    private AgreementAccess() {
    }

    static boolean canSee(UserAccount caller, Agreement agreement) {
        return seesThrough(caller, agreement.getInvolved());
    }

    /**
     * Whether the caller may read a version of the agreement, its PDF and its signed document (events, audit
     * certificate). Whoever sees the agreement ({@link #canSee}) reads every version of it, also those from before their
     * institution became a party: an amendment is read against what it amends. Besides, a version sent for signature
     * stays readable to its own parties (their staff, partners and ministries, as for an agreement they are party to)
     * and to the people named to sign it, after an amendment signed by all left their institution out, or an amendment
     * that took it in was declined: they signed that version, or were asked to, and keep their record of it, the one
     * version or amendment, not what the others agreed later. Nobody else, not even a party of another version.
     */
    static boolean mayReadVersion(UserAccount caller, AgreementVersion version) {
        return canSee(caller, version.getAgreement())
                || (version.isFrozen() && (seesThrough(caller, version.getParties())
                        || version.getSigners().stream().anyMatch(signer -> signer.getAccount().equals(caller))));
    }

    /**
     * Whether the caller sees an agreement these institutions are involved in: the coordinator always, a ministry when
     * one of them is in its country, the staff of a school and the partners of a company when theirs is one of them.
     */
    private static boolean seesThrough(UserAccount caller, Collection<Institution> institutions) {
        Institution own = caller.getInstitution();
        return caller.hasRole(Role.COORDINATOR)
                || (caller.hasRole(Role.MINISTRY_ADMIN) && institutions.stream().anyMatch(p -> p.isIn(own.getCountry())))
                || ((isSchoolStaff(caller) || caller.hasRole(Role.PARTNER)) && institutions.contains(own));
    }

    /** Whether the caller drafts for their institution: a school's administrator or a company's partner. */
    static boolean mayDraft(UserAccount caller) {
        InstitutionType type = caller.getInstitution().getType();
        return (caller.hasRole(Role.SCHOOL_ADMIN) && type == InstitutionType.VET_SCHOOL)
                || (caller.hasRole(Role.PARTNER) && type == InstitutionType.COMPANY);
    }

    /** Whether the caller speaks for a party of the agreement in force: sends, amends and terminates it. */
    static boolean speaksFor(UserAccount caller, Agreement agreement) {
        return mayDraft(caller) && agreement.isParty(caller.getInstitution());
    }

    /** Whether the caller writes for a party of the newest version, the draft when there is one. */
    static boolean writesDraft(UserAccount caller, Agreement agreement) {
        return mayDraft(caller) && agreement.getCurrent().isParty(caller.getInstitution());
    }

    static boolean canEdit(UserAccount caller, Agreement agreement) {
        return agreement.getStatus().isEditable() && writesDraft(caller, agreement);
    }

    /** The actions the caller can ask for now: legal from the status and taken by a party's representative. */
    static Set<AgreementAction> actionsFor(UserAccount caller, Agreement agreement) {
        Set<AgreementAction> actions = EnumSet.noneOf(AgreementAction.class);
        if (speaksFor(caller, agreement)) {
            for (AgreementAction action : agreement.legalActions()) {
                if (AgreementAction.BY_PEOPLE.contains(action)) {
                    actions.add(action);
                }
            }
        }
        return actions;
    }

    /** Whether the person may sign for the institution: its administrator (school) or partner (company). */
    static boolean maySignFor(UserAccount person, Institution institution) {
        return person.isActive() && person.getInstitution().equals(institution)
                && ((institution.getType() == InstitutionType.VET_SCHOOL && person.hasRole(Role.SCHOOL_ADMIN))
                        || (institution.getType() == InstitutionType.COMPANY && person.hasRole(Role.PARTNER)));
    }

    /**
     * {@link #maySignFor} as a condition of a query that holds the person and the institution: the signer slots whose
     * signer may still act, the accounts who may sign for a party.
     */
    static Predicate maySignFor(Path<UserAccount> person, Path<Institution> institution, AbstractQuery<?> query,
            CriteriaBuilder cb) {
        Path<InstitutionType> type = institution.get("type");
        return cb.and(cb.isTrue(person.get("active")), cb.equal(person.get("institution"), institution), cb.or(
                cb.and(cb.equal(type, InstitutionType.VET_SCHOOL), holds(person, Role.SCHOOL_ADMIN, query, cb)),
                cb.and(cb.equal(type, InstitutionType.COMPANY), holds(person, Role.PARTNER, query, cb))));
    }

    /** The active accounts who may sign for any of the parties now ({@link #maySignFor}), by id, in one query. */
    static List<UserAccount> whoMaySignFor(EntityManager em, Collection<Institution> parties) {
        return whoMaySignFor(em, parties.stream().map(Institution::getId).toList(),
                (cb, person) -> List.of(cb.asc(person.get("id"))));
    }

    /** The active accounts who may sign for any of these institutions now ({@link #maySignFor}), in one query. */
    static List<UserAccount> whoMaySignFor(EntityManager em, Collection<Long> institutionIds,
            BiFunction<CriteriaBuilder, Root<UserAccount>, List<Order>> order) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> query = cb.createQuery(UserAccount.class);
        Root<UserAccount> person = query.from(UserAccount.class);
        Path<Institution> own = person.get("institution");
        query.select(person)
                .where(own.get("id").in(institutionIds), maySignFor(person, own, query, cb))
                .orderBy(order.apply(cb, person));
        return em.createQuery(query).getResultList();
    }

    private static boolean isSchoolStaff(UserAccount caller) {
        return caller.hasRole(Role.SCHOOL_ADMIN) || caller.hasRole(Role.TEACHER);
    }

    /** The agreements the caller may see, as a condition of the query itself. */
    static Listing.Scope<Agreement> scopeOf(UserAccount caller) {
        return (CriteriaBuilder cb, Root<Agreement> root) -> {
            if (caller.hasRole(Role.COORDINATOR)) {
                return cb.conjunction();
            }
            List<Predicate> visible = new ArrayList<>();
            Institution own = caller.getInstitution();
            if (caller.hasRole(Role.MINISTRY_ADMIN)) {
                visible.add(cb.isMember(own.getCountry().getCode(), root.<Set<String>>get("involvedCountries")));
            }
            if (isSchoolStaff(caller) || caller.hasRole(Role.PARTNER)) {
                visible.add(cb.isMember(own, root.<Set<Institution>>get("involved")));
            }
            return visible.isEmpty() ? cb.disjunction() : cb.or(visible.toArray(Predicate[]::new));
        };
    }
}
