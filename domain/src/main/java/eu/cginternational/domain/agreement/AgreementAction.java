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
 * pair not listed is an illegal transition. {@link #SEND}, {@link #AMEND} and {@link #TERMINATE}
 * are taken by people; {@link #SIGN}, {@link #COMPLETE} and {@link #DECLINE} follow the signing
 * engine's progress; {@link #EXPIRE} is taken by the platform on the end date. Every value is also
 * a message key.
 */
public enum AgreementAction {
    SEND(Map.of(DRAFT, SENT_FOR_SIGNATURE), false),
    /** A signature that is not the last one. */
    SIGN(Map.of(SENT_FOR_SIGNATURE, PARTIALLY_SIGNED, PARTIALLY_SIGNED, PARTIALLY_SIGNED), false),
    /** The last signature: the version is in force. */
    COMPLETE(Map.of(SENT_FOR_SIGNATURE, ACTIVE, PARTIALLY_SIGNED, ACTIVE), false),
    DECLINE(Map.of(SENT_FOR_SIGNATURE, DECLINED, PARTIALLY_SIGNED, DECLINED), true),
    /** A new version from an agreement in force (an amendment) or from a declined one. */
    AMEND(Map.of(ACTIVE, DRAFT, DECLINED, DRAFT), false),
    TERMINATE(Map.of(ACTIVE, TERMINATED), true),
    EXPIRE(Map.of(ACTIVE, EXPIRED), false);

    /** The actions a person asks for through the workflow; the others come from signing or the calendar. */
    public static final Set<AgreementAction> BY_PEOPLE = EnumSet.of(SEND, AMEND, TERMINATE);

    private final Map<AgreementStatus, AgreementStatus> transitions;
    private final boolean needsReason;

    AgreementAction(Map<AgreementStatus, AgreementStatus> transitions, boolean needsReason) {
        this.transitions = transitions;
        this.needsReason = needsReason;
    }

    /** The status this action leads to from the given one, or empty when the transition is illegal. */
    public Optional<AgreementStatus> from(AgreementStatus status) {
        return Optional.ofNullable(transitions.get(status));
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** The actions that are legal from a status, whoever takes them. */
    public static Set<AgreementAction> legalFrom(AgreementStatus status) {
        Set<AgreementAction> legal = EnumSet.noneOf(AgreementAction.class);
        for (AgreementAction action : values()) {
            if (action.transitions.containsKey(status)) {
                legal.add(action);
            }
        }
        return legal;
    }
}
