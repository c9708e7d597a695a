package eu.cginternational.domain.learning;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.learning.LearningAgreementRuleException.Rule;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learning agreement of one mobility, with its numbered versions. Whether and how it may change
 * follows the mobility's status (see {@link Phase}): while the mobility is prepared and approved
 * the current version is edited in place; once the ministry has given the final approval each
 * change is a new version with its reason, and the earlier versions stay as they were; after the
 * mobility has ended or was stopped nothing changes. A change that changes nothing is refused, so
 * every version differs from the one before. The sending school can withdraw the current version from
 * signature: it stays as it was sent, withdrawn, and the next change is a new version, which is sent anew
 * (the same text again would be the same document); for the same reason, a version whose document a signer declined
 * is sent again only once it or the mobility's terms changed. Every change moves the agreement's optimistic lock, so
 * two people changing it at once cannot both win.
 */
@Entity
@Table(name = "learning_agreement")
@NamedQuery(name = "LearningAgreement.ofMobility",
        query = "SELECT a FROM LearningAgreement a WHERE a.mobility = :mobility")
public class LearningAgreement extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** What a change of the agreement does, by the status of its mobility. */
    public enum Phase {
        /** Before the ministry's final approval: the current version is edited in place. */
        PREPARATION,
        /** Approved or under way: each change is a new version with a reason; earlier versions stay. */
        AMENDMENT,
        /** Completed, rejected, withdrawn or cancelled: nothing changes any more. */
        CLOSED;

        public static Phase of(MobilityStatus status) {
            return switch (status) {
                case DRAFT, RETURNED, SUBMITTED, SCHOOL_APPROVED -> PREPARATION;
                case MINISTRY_APPROVED, IN_PROGRESS -> AMENDMENT;
                case COMPLETED, REJECTED, WITHDRAWN, CANCELLED -> CLOSED;
            };
        }
    }

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mobility_id", nullable = false, updatable = false, unique = true)
    private Mobility mobility;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("number ASC")
    private List<LearningAgreementVersion> versions = new ArrayList<>();

    /** When the agreement last changed; moves with every change, and with it the optimistic lock. */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected LearningAgreement() {
        // for JPA
    }

    /** The agreement of a mobility with its first version; refused once the mobility is closed. */
    public LearningAgreement(Mobility mobility, LearningAgreementContent content, UserAccount author, Instant now) {
        this.mobility = Objects.requireNonNull(mobility);
        requireOpen();
        versions.add(new LearningAgreementVersion(this, 1, Objects.requireNonNull(content), Objects.requireNonNull(author),
                now, null));
        changedAt = now;
    }

    /**
     * Changes the agreement: in place while the mobility is prepared, as a new version with the
     * (required) reason once it has been approved. A version withdrawn from signature stays as it was
     * sent: its change is a new version, with a reason if one is given (required once approved).
     * Returns the version that holds the new content.
     */
    public LearningAgreementVersion change(LearningAgreementContent content, UserAccount author, String reason,
            Instant now) {
        Objects.requireNonNull(content);
        Objects.requireNonNull(author);
        Phase phase = requireOpen();
        LearningAgreementVersion current = getCurrent();
        if (content.equals(current.getContent())) {
            throw new LearningAgreementRuleException(Rule.NO_CHANGE);
        }
        boolean blank = reason == null || reason.isBlank();
        LearningAgreementVersion changed;
        if (phase == Phase.PREPARATION && !current.isWithdrawn()) {
            current.replace(content, author, now);
            changed = current;
        } else {
            if (phase == Phase.AMENDMENT && blank) {
                throw new LearningAgreementRuleException(Rule.REASON_REQUIRED);
            }
            changed = new LearningAgreementVersion(this, current.getNumber() + 1, content, author, now,
                    blank ? null : reason.strip());
            versions.add(changed);
        }
        changedAt = now;
        return changed;
    }

    /**
     * The sending school takes the current version back from signature, given the status of its latest document
     * ({@code null} when it was never sent): only while that document waits for signatures, not once it is signed by
     * all, declined or superseded. The version stays as it was sent, marked withdrawn, with the comment given (optional,
     * as a partnership agreement's withdrawal's; blank is none). Returns it; the caller supersedes its document.
     */
    public LearningAgreementVersion withdraw(SignedDocumentStatus underSignature, String comment, Instant now) {
        requireOpen();
        if (underSignature == null || !underSignature.isOpen()) {
            throw new LearningAgreementRuleException(Rule.NOT_UNDER_SIGNATURE);
        }
        LearningAgreementVersion current = getCurrent();
        current.withdrawn(now, comment == null || comment.isBlank() ? null : comment.strip());
        changedAt = now;
        return current;
    }

    /**
     * Why the current version cannot be sent for signature, if it cannot, given the status of its newest document and
     * when that was sent (both {@code null} when it was never sent): it was withdrawn; or a signer declined that document
     * and neither the version (edited in place) nor the mobility's terms changed since. Either way the same text sent
     * again would be the same PDF, which the signing engine registers once; a change makes the version to send anew.
     */
    public Optional<LearningAgreementRuleException> refusalToSendCurrent(SignedDocumentStatus newest, Instant sentAt) {
        LearningAgreementVersion current = getCurrent();
        if (current.isWithdrawn()) {
            return Optional.of(new LearningAgreementRuleException(Rule.WITHDRAWN, current.getNumber()));
        }
        if (newest == SignedDocumentStatus.DECLINED && !changedSince(current, Objects.requireNonNull(sentAt))) {
            return Optional.of(new LearningAgreementRuleException(Rule.DECLINED, current.getNumber()));
        }
        return Optional.empty();
    }

    /** Whether the version's PDF made now differs from the one made at the moment: its text or the mobility's terms changed. */
    private boolean changedSince(LearningAgreementVersion version, Instant moment) {
        Instant termsChanged = mobility.getTermsChangedAt();
        return version.getMadeAt().isAfter(moment) || (termsChanged != null && termsChanged.isAfter(moment));
    }

    /** What a change would do now: edit in place, add a version, or nothing (closed). */
    public Phase getPhase() {
        return Phase.of(mobility.getStatus());
    }

    /** Whether a change now needs a reason: it does once the mobility has been approved by the ministry. */
    public boolean isAmendedWithReason() {
        return getPhase() == Phase.AMENDMENT;
    }

    /**
     * Why the agreement of the mobility cannot be sent for signature now, if it cannot: the one rule by which the
     * agreement is sent, and by which a page says why it is not. Nothing is signed once the mobility is closed. A host
     * with nobody to act for it ({@link Mobility#hostRole}: a ministry or an agency, left from before hosts were
     * checked) cannot sign, and only another host helps: chosen by editing the application while it can be edited,
     * otherwise after it is returned. A draft is not sent, as the host signs it and reads no draft (participants are
     * often minors).
     */
    public static Optional<LearningAgreementRuleException> refusalToSend(Mobility mobility) {
        MobilityStatus status = mobility.getStatus();
        if (Phase.of(status) == Phase.CLOSED) {
            return Optional.of(new LearningAgreementRuleException(Rule.CLOSED, status));
        }
        if (Mobility.hostRole(mobility.getHost().getType()).isEmpty()) {
            return Optional.of(new LearningAgreementRuleException(
                    status.isEditable() ? Rule.HOST_TO_CHANGE : Rule.HOST_CANNOT_SIGN, mobility.getHost().getName()));
        }
        if (status == MobilityStatus.DRAFT) {
            return Optional.of(new LearningAgreementRuleException(Rule.NOT_SUBMITTED));
        }
        return Optional.empty();
    }

    private Phase requireOpen() {
        Phase phase = Phase.of(mobility.getStatus());
        if (phase == Phase.CLOSED) {
            throw new LearningAgreementRuleException(Rule.CLOSED, mobility.getStatus());
        }
        return phase;
    }

    public Mobility getMobility() {
        return mobility;
    }

    /** The newest version: the one in force. */
    public LearningAgreementVersion getCurrent() {
        return versions.get(versions.size() - 1);
    }

    public Optional<LearningAgreementVersion> findVersion(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    /** Every version, the first first. */
    public List<LearningAgreementVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
