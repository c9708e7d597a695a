package eu.cginternational.domain.agreement;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.AgreementRuleException.Rule;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A public-private partnership agreement between one or more VET schools and one or more
 * companies, with its numbered versions. The aggregate guards its own rules: parties are schools
 * and companies, with at least one of each; every named signer belongs to a party and every party
 * has a signer; only the draft version changes; a sent version is frozen; only legal transitions
 * happen, a reason comes with a decline or a termination; an amendment is a new version signed
 * again while the version signed before stays in force: that version can be terminated, expires at
 * its end and is warned of whatever amendment is under way, and a declined amendment leaves it
 * {@code ACTIVE}; a new amendment starts from the version the agreement stands on. The side that sent a
 * version can withdraw it from signature: it stays as sent, and a draft of it follows as the next version.
 * Every step is recorded as an {@link AgreementEvent}, with the number of the version it is about.
 *
 * <p>Each version names its own parties and title. The rights of a party (to terminate, to publish
 * placements, to send or amend) follow the version in force, or before any was signed the newest:
 * a company an amendment takes in gains none until the amendment is signed by all, and one it leaves
 * out keeps them until then ({@link #isParty}). Who may see the agreement is kept on the agreement
 * itself, so that the scope of a list stays one condition of its query: the parties of the version
 * in force and of the version it stands on, and their countries ({@link #isInvolved}); likewise the
 * title of the version it stands on, which lists filter and sort by. Both are brought in line with
 * the versions at every change of them, so a declined or withdrawn amendment leaves no trace there.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAXLENGTH = 200;

    /** The title of the version the agreement stands on ({@link #getPrevailing}). */
    @Column(name = "title", length = TITLE_MAXLENGTH, nullable = false)
    private String title;

    /** The institution that drafts the agreement: the author's own, always one of the parties. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "drafted_by_institution_id", nullable = false, updatable = false)
    private Institution draftedFor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    /**
     * The institutions that see the agreement: the parties of the version in force (or of the one it ended on) and
     * of the version it stands on, which differ while an amendment is written or signed.
     */
    @ManyToMany
    @JoinTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> involved = new HashSet<>();

    /** The countries of the institutions involved, kept with them, so that a ministry's scope is one condition of a query. */
    @ElementCollection
    @CollectionTable(name = "agreement_party_country", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "country_code", length = 2, nullable = false)
    private Set<String> involvedCountries = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("number ASC")
    private List<AgreementVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<AgreementEvent> events = new ArrayList<>();

    /** The number of the version signed last by all: the one in force; null before the first is signed. */
    @Column(name = "in_force_version")
    private Integer inForceNumber;

    /** The last day of the version in force. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "expiry_warned_at")
    private Instant expiryWarnedAt;

    protected Agreement() {
        // for JPA
    }

    /** A new agreement in draft, written by a person for their own institution, which is always a party. */
    public Agreement(String title, UserAccount author, Collection<Institution> otherParties, AgreementTerms terms,
            List<NamedSigner> signers, Instant now) {
        this.author = Objects.requireNonNull(author);
        this.draftedFor = author.getInstitution();
        String checkedTitle = requireTitle(title);
        Set<Institution> parties = partiesWith(otherParties);
        requireSignersOfParties(parties, signers);
        versions.add(new AgreementVersion(this, 1, checkedTitle, parties, terms, signers, author, now));
        followVersions();
    }

    /**
     * Rewrites the draft: title, parties, terms and signers. Refused once the version was sent. The
     * institution of whoever edits stays a party of the draft: a party could otherwise take itself out
     * of a version it is writing and leave one whose author belongs to none of its parties.
     */
    public void revise(String newTitle, Collection<Institution> otherParties, AgreementTerms terms, List<NamedSigner> signers,
            UserAccount by, Instant now) {
        requireEditable();
        Institution editors = by.getInstitution();
        AgreementVersion draft = getCurrent();
        if (draft.isParty(editors) && !editors.equals(draftedFor) && !otherParties.contains(editors)) {
            throw new AgreementRuleException(Rule.OWN_PARTY_REQUIRED, editors.getName());
        }
        String checkedTitle = requireTitle(newTitle);
        Set<Institution> parties = partiesWith(otherParties);
        requireSignersOfParties(parties, signers);
        draft.write(checkedTitle, parties, Objects.requireNonNull(terms), signers, by, now);
        followVersions();
    }

    /**
     * Sends the draft for signature: checks it is complete (a school and a company, a signer for
     * every party) and freezes it.
     */
    public AgreementStatus send(UserAccount actor, Instant now) {
        AgreementStatus next = next(AgreementAction.SEND);
        AgreementVersion current = getCurrent();
        for (Institution party : current.getParties()) {
            if (current.getSigners().stream().noneMatch(s -> s.getInstitution().equals(party))) {
                throw new AgreementRuleException(Rule.SIGNER_REQUIRED, party.getName());
            }
        }
        current.sent(now);
        return record(AgreementAction.SEND, actor, null, now, next);
    }

    /**
     * Follows a signature of the current version: the last one puts the version in force, any
     * other leaves it partially signed.
     */
    public AgreementStatus signed(UserAccount signer, boolean last, Instant now) {
        AgreementAction action = last ? AgreementAction.COMPLETE : AgreementAction.SIGN;
        AgreementStatus next = next(action);
        if (last) {
            AgreementVersion current = getCurrent();
            current.completed(now);
            inForceNumber = current.getNumber();
            endsOn = current.getEndDate();
            expiryWarnedAt = null;
        }
        return record(action, signer, null, now, next);
    }

    /**
     * A signer refused the current version, with a reason; the author can make a new version from it. An
     * amendment refused leaves the agreement {@code ACTIVE} with the version in force it had.
     */
    public AgreementStatus declined(UserAccount signer, String reason, Instant now) {
        AgreementStatus next = next(AgreementAction.DECLINE);
        String why = requireReason(AgreementAction.DECLINE, reason);
        getCurrent().declined(why, now);
        return record(AgreementAction.DECLINE, signer, why, now, next);
    }

    /**
     * Makes a new draft version from the version the agreement stands on ({@link #getPrevailing}): after a
     * declined first version from that one, as an amendment of the agreement in force from the version in
     * force (which stays in force until the amendment is signed), never from an amendment that was declined.
     */
    public AgreementVersion amend(UserAccount by, String comment, Instant now) {
        AgreementStatus next = next(AgreementAction.AMEND);
        AgreementVersion draft = draftFrom(getPrevailing(), by, now);
        record(AgreementAction.AMEND, by, blankToNull(comment), now, next);
        return draft;
    }

    /**
     * The side that sent the version under signature takes it back: it stays as it was sent, withdrawn, and
     * the agreement (or the amendment) is a draft again, a new version of the same content whose signers and
     * terms can be changed before it is sent anew. A version in force stays in force. The caller withdraws the
     * version's document from signature.
     */
    public AgreementVersion withdraw(UserAccount by, String comment, Instant now) {
        AgreementStatus next = next(AgreementAction.WITHDRAW);
        AgreementVersion sent = getCurrent();
        sent.withdrawn(now);
        record(AgreementAction.WITHDRAW, by, blankToNull(comment), now, next);
        AgreementVersion draft = draftFrom(sent, by, now);
        followVersions();
        return draft;
    }

    private AgreementVersion draftFrom(AgreementVersion version, UserAccount by, Instant now) {
        AgreementVersion draft = new AgreementVersion(this, getCurrent().getNumber() + 1, version.getTitle(),
                version.getParties(), version.getTerms(), version.getSigners(), by, now);
        versions.add(draft);
        return draft;
    }

    /**
     * A party to the version in force ends it early, with a reason; also while an amendment is written
     * or signed, which then ends with it (the caller withdraws its document from signature).
     */
    public AgreementStatus terminate(UserAccount by, String reason, Instant now) {
        AgreementStatus next = next(AgreementAction.TERMINATE);
        if (!isParty(by.getInstitution())) {
            throw new AgreementRuleException(Rule.NOT_A_PARTY);
        }
        return record(AgreementAction.TERMINATE, by, requireReason(AgreementAction.TERMINATE, reason), now, next);
    }

    /**
     * Ends the agreement on the day after the last day of the version in force, whatever amendment is
     * under way; the platform's own step.
     */
    public AgreementStatus expire(LocalDate today, Instant now) {
        AgreementStatus next = next(AgreementAction.EXPIRE);
        if (!isDueToExpire(today)) {
            throw new AgreementRuleException(Rule.ILLEGAL_TRANSITION, AgreementAction.EXPIRE, status);
        }
        return record(AgreementAction.EXPIRE, null, null, now, next);
    }

    /** Whether the version in force has passed its last day and the agreement has not ended yet. */
    public boolean isDueToExpire(LocalDate today) {
        return hasVersionInForce() && today.isAfter(endsOn);
    }

    /**
     * Whether the agreement expires at the moment: its version in force has passed its last day on the agreement's
     * clock ({@link #dayAt}). The expiry timer finds its candidates by the latest day any country has reached and asks
     * each this before expiring it.
     */
    public boolean isDueToExpire(Instant moment) {
        return isDueToExpire(dayAt(moment));
    }

    /**
     * The agreement's day at the moment: the day at the institution that drafted it, on its country's clock
     * ({@link Institution#dayAt}). That institution wrote the dates of its versions, is a party to every version, and
     * never changes, so an amendment that takes parties in or leaves them out does not move the day the agreement ends;
     * where the parties' clocks differ (a Finnish company and an Albanian school), one clock still decides. Not the UTC
     * day, which in the Western Balkans begins an hour (two in summer) late.
     */
    public LocalDate dayAt(Instant moment) {
        return draftedFor.dayAt(moment);
    }

    /**
     * Whether the parties should be warned today that the version in force ends within the given days:
     * once per version in force, whatever amendment is under way.
     */
    public boolean needsExpiryWarning(LocalDate today, int daysBefore) {
        return hasVersionInForce() && expiryWarnedAt == null && endsOn != null
                && !today.isBefore(endsOn.minusDays(daysBefore)) && !today.isAfter(endsOn);
    }

    /** Whether a signed version is in force and the agreement was not terminated and has not expired: its dates aside. */
    public boolean hasVersionInForce() {
        return inForceNumber != null && status != AgreementStatus.TERMINATED && status != AgreementStatus.EXPIRED;
    }

    /** The actions legal now, whoever takes them: from the status, and whether a version is in force. */
    public Set<AgreementAction> legalActions() {
        return AgreementAction.legalFrom(status, hasVersionInForce());
    }

    /** Whether the action is legal now, whoever takes it. */
    public boolean allows(AgreementAction action) {
        return action.from(status, hasVersionInForce()).isPresent();
    }

    /**
     * Whether the parties should be warned at the moment that the version in force ends within the given days, by the
     * agreement's day ({@link #dayAt}), as the warning timer asks of each agreement it found.
     */
    public boolean needsExpiryWarning(Instant moment, int daysBefore) {
        return needsExpiryWarning(dayAt(moment), daysBefore);
    }

    public void expiryWarned(Instant now) {
        expiryWarnedAt = now;
    }

    /**
     * Whether a signed version is in force on the day: signed by all, not ended, not terminated or
     * expired. An amendment being written or signed does not interrupt it.
     */
    public boolean isInForce(LocalDate today) {
        return hasVersionInForce() && !today.isAfter(endsOn) && !today.isBefore(getInForce().orElseThrow().getStartDate());
    }

    /**
     * Whether the institution is a party with the rights of one: to the version in force (or, once the
     * agreement ended, to the version it ended on), or before any version was signed to the newest.
     */
    public boolean isParty(Institution institution) {
        return getBinding().isParty(institution);
    }

    /** Whether the institution sees the agreement: a party to the version in force or to the version it stands on. */
    public boolean isInvolved(Institution institution) {
        return involved.contains(institution);
    }

    /** The version whose parties hold the rights: the one in force, or was, else the newest. */
    private AgreementVersion getBinding() {
        return getInForce().orElseGet(this::getCurrent);
    }

    /**
     * Brings the agreement's own copies in line with its versions: the title of the version it stands
     * on, and who sees it. Called after every change of a version or of the status, which decides
     * whether an amendment still counts.
     */
    private void followVersions() {
        AgreementVersion prevailing = getPrevailing();
        title = prevailing.getTitle();
        Set<Institution> seeing = new HashSet<>(prevailing.getParties());
        getInForce().ifPresent(inForce -> seeing.addAll(inForce.getParties()));
        involved.retainAll(seeing);
        involved.addAll(seeing);
        followInvolvedCountries();
    }

    /**
     * Brings the copy of the involved institutions' countries in line with them: after every change of who is involved,
     * and when the country of one of them was corrected, so that the ministry of its country now finds the agreement in
     * its list, and the ministry of the former one no longer does.
     */
    public void followInvolvedCountries() {
        Set<String> countries = new HashSet<>();
        involved.forEach(institution -> countries.add(institution.getCountry().getCode()));
        involvedCountries.retainAll(countries);
        involvedCountries.addAll(countries);
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A title is required");
        }
        return title.strip();
    }

    /** The drafting institution and the others, once they are checked to be schools and companies, with one of each. */
    private Set<Institution> partiesWith(Collection<Institution> otherParties) {
        Set<Institution> all = new LinkedHashSet<>();
        all.add(draftedFor);
        all.addAll(otherParties);
        for (Institution party : all) {
            if (party.getType() != InstitutionType.VET_SCHOOL && party.getType() != InstitutionType.COMPANY) {
                throw new AgreementRuleException(Rule.PARTY_TYPE, party.getName());
            }
        }
        if (all.stream().noneMatch(p -> p.getType() == InstitutionType.VET_SCHOOL)) {
            throw new AgreementRuleException(Rule.SCHOOL_REQUIRED);
        }
        if (all.stream().noneMatch(p -> p.getType() == InstitutionType.COMPANY)) {
            throw new AgreementRuleException(Rule.COMPANY_REQUIRED);
        }
        return all;
    }

    private static void requireSignersOfParties(Set<Institution> parties, List<NamedSigner> signers) {
        Set<UserAccount> seen = new HashSet<>();
        for (NamedSigner signer : signers) {
            if (!parties.contains(signer.getInstitution())) {
                throw new AgreementRuleException(Rule.SIGNER_NOT_OF_PARTY, signer.getAccount().getFullName());
            }
            if (!seen.add(signer.getAccount())) {
                throw new AgreementRuleException(Rule.SIGNER_TWICE, signer.getAccount().getFullName());
            }
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new AgreementRuleException(Rule.NOT_EDITABLE, status);
        }
    }

    private AgreementStatus next(AgreementAction action) {
        return action.from(status, hasVersionInForce()).orElseThrow(() -> new AgreementRuleException(Rule.ILLEGAL_TRANSITION, action, status));
    }

    private static String requireReason(AgreementAction action, String reason) {
        String why = blankToNull(reason);
        if (why == null) {
            throw new AgreementRuleException(Rule.REASON_REQUIRED, action);
        }
        return why;
    }

    /** Records the step, about the version in force when it ends the agreement, otherwise about the newest version. */
    private AgreementStatus record(AgreementAction action, UserAccount actor, String comment, Instant now,
            AgreementStatus next) {
        boolean endsTheVersionInForce = action == AgreementAction.TERMINATE || action == AgreementAction.EXPIRE;
        int about = endsTheVersionInForce ? inForceNumber : getCurrent().getNumber();
        events.add(new AgreementEvent(this, about, action, actor, now, comment, status, next));
        status = next;
        followVersions();
        return next;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The title of the version the agreement stands on: what pages and lists show. */
    public String getTitle() {
        return title;
    }

    public Institution getDraftedFor() {
        return draftedFor;
    }

    public UserAccount getAuthor() {
        return author;
    }

    /** The parties with the rights of one ({@link #isParty}). */
    public Set<Institution> getParties() {
        return getBinding().getParties();
    }

    /** The institutions that see the agreement ({@link #isInvolved}). */
    public Set<Institution> getInvolved() {
        return Collections.unmodifiableSet(involved);
    }

    /** The countries of the institutions involved, by which a ministry's list finds the agreement. */
    public Set<String> getInvolvedCountries() {
        return Collections.unmodifiableSet(involvedCountries);
    }

    public AgreementStatus getStatus() {
        return status;
    }

    /** The newest version: the draft, the one at signing, or the one in force. */
    public AgreementVersion getCurrent() {
        return versions.get(versions.size() - 1);
    }

    public Optional<AgreementVersion> findVersion(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    /** The version signed last by all, if any. */
    public Optional<AgreementVersion> getInForce() {
        return inForceNumber == null ? Optional.empty() : findVersion(inForceNumber);
    }

    /**
     * The version whose terms the agreement stands on: the newest, unless it is an amendment that will
     * never be signed, declined or withdrawn, while the version signed before is (or, once the agreement
     * ended, was) in force: then that one. An amendment being written or signed is the newest and stands.
     */
    public AgreementVersion getPrevailing() {
        AgreementVersion current = getCurrent();
        boolean failed = current.getDeclinedAt() != null || isWithdrawn(current);
        return failed ? getInForce().orElse(current) : current;
    }

    /**
     * Whether the version was withdrawn: by the side that sent it ({@link #withdraw}), or as an amendment
     * left unsigned when the agreement was terminated or expired, whether it was under signature or still
     * being written. Nobody can send or sign it any more.
     */
    public boolean isWithdrawn(AgreementVersion version) {
        boolean ended = status == AgreementStatus.TERMINATED || status == AgreementStatus.EXPIRED;
        return version.getWithdrawnAt() != null || (ended && inForceNumber != null && version.getNumber() > inForceNumber
                && !version.isSigned() && version.getDeclinedAt() == null);
    }

    public List<AgreementVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public List<AgreementEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getExpiryWarnedAt() {
        return expiryWarnedAt;
    }
}
