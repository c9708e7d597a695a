package eu.cginternational.domain.agreement;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static eu.cginternational.domain.agreement.AgreementStatus.ACTIVE;
import static eu.cginternational.domain.agreement.AgreementStatus.DECLINED;
import static eu.cginternational.domain.agreement.AgreementStatus.DRAFT;
import static eu.cginternational.domain.agreement.AgreementStatus.EXPIRED;
import static eu.cginternational.domain.agreement.AgreementStatus.PARTIALLY_SIGNED;
import static eu.cginternational.domain.agreement.AgreementStatus.SENT_FOR_SIGNATURE;
import static eu.cginternational.domain.agreement.AgreementStatus.TERMINATED;

/**
 * What happens to an agreement, and the one place that says from which status to which: every
 * pair not listed is an illegal transition. {@link #SEND}, {@link #WITHDRAW}, {@link #AMEND} and
 * {@link #TERMINATE} are taken by people; {@link #SIGN}, {@link #COMPLETE} and {@link #DECLINE} follow the signing
 * engine's progress; {@link #EXPIRE} is taken by the platform on the end date. Every value is also
 * a message key.
 *
 * <p>The status says where the newest version is; while an amendment is written or signed, the
 * version signed before stays in force. So the table has two halves: before any version was
 * signed, and once one is in force. With a version in force a party can terminate and the
 * platform expires the agreement at that version's end whatever amendment is under way, and a
 * declined amendment leaves the agreement {@code ACTIVE} with the version in force it had: only a
 * first version that nobody signed ends up {@code DECLINED}.
 */
public enum AgreementAction {
    SEND(Map.of(DRAFT, SENT_FOR_SIGNATURE), false),
    /** A signature that is not the last one. */
    SIGN(Map.of(SENT_FOR_SIGNATURE, PARTIALLY_SIGNED, PARTIALLY_SIGNED, PARTIALLY_SIGNED), false),
    /** The last signature: the version is in force. */
    COMPLETE(Map.of(SENT_FOR_SIGNATURE, ACTIVE, PARTIALLY_SIGNED, ACTIVE), false),
    /** A refusal of the version under signature: of a first version it is declined; of an amendment, the agreement stays in force. */
    DECLINE(Map.of(SENT_FOR_SIGNATURE, DECLINED, PARTIALLY_SIGNED, DECLINED),
            Map.of(SENT_FOR_SIGNATURE, ACTIVE, PARTIALLY_SIGNED, ACTIVE), true),
    /**
     * The side that sent the version under signature takes it back: a signer can no longer sign (deactivated, or no
     * longer holding the role), or the version should not be signed as it is. The version stays, withdrawn, and a
     * draft of the same content follows, to be changed and sent anew; a version in force stays in force.
     */
    WITHDRAW(Map.of(SENT_FOR_SIGNATURE, DRAFT, PARTIALLY_SIGNED, DRAFT), false),
    /** A new version from an agreement in force (an amendment) or from a declined one. */
    AMEND(Map.of(ACTIVE, DRAFT, DECLINED, DRAFT), false),
    /**
     * A party ends the version in force, also while an amendment is written or signed ({@code DECLINED} with a version in
     * force is kept for agreements recorded so before a declined amendment brought them back to {@code ACTIVE}).
     */
    TERMINATE(Map.of(), whileInForce(TERMINATED), true),
    /** The day after the last day of the version in force, whatever amendment is under way. */
    EXPIRE(Map.of(), whileInForce(EXPIRED), false);

    /** The actions a person asks for through the workflow; the others come from signing or the calendar. */
    public static final Set<AgreementAction> BY_PEOPLE = EnumSet.of(SEND, WITHDRAW, AMEND, TERMINATE);

    /** Before a version is in force. */
    private final Map<AgreementStatus, AgreementStatus> transitions;
    /** Once a version is in force. */
    private final Map<AgreementStatus, AgreementStatus> inForceTransitions;
    private final boolean needsReason;

    AgreementAction(Map<AgreementStatus, AgreementStatus> transitions, boolean needsReason) {
        this(transitions, transitions, needsReason);
    }

    AgreementAction(Map<AgreementStatus, AgreementStatus> transitions,
            Map<AgreementStatus, AgreementStatus> inForceTransitions, boolean needsReason) {
        this.transitions = transitions;
        this.inForceTransitions = inForceTransitions;
        this.needsReason = needsReason;
    }

    private static Map<AgreementStatus, AgreementStatus> whileInForce(AgreementStatus end) {
        return Map.of(ACTIVE, end, DRAFT, end, SENT_FOR_SIGNATURE, end, PARTIALLY_SIGNED, end, DECLINED, end);
    }

    /**
     * The status this action leads to from the given one, or empty when the transition is illegal;
     * {@code versionInForce} tells whether a signed version of the agreement is in force.
     */
    public Optional<AgreementStatus> from(AgreementStatus status, boolean versionInForce) {
        return Optional.ofNullable((versionInForce ? inForceTransitions : transitions).get(status));
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** The actions that are legal from a status, whoever takes them, with or without a version in force. */
    public static Set<AgreementAction> legalFrom(AgreementStatus status, boolean versionInForce) {
        Set<AgreementAction> legal = EnumSet.noneOf(AgreementAction.class);
        for (AgreementAction action : values()) {
            if (action.from(status, versionInForce).isPresent()) {
                legal.add(action);
            }
        }
        return legal;
    }
}
