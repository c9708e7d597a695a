package eu.cginternational.domain.mobility;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static eu.cginternational.domain.mobility.MobilityStatus.CANCELLED;
import static eu.cginternational.domain.mobility.MobilityStatus.COMPLETED;
import static eu.cginternational.domain.mobility.MobilityStatus.DRAFT;
import static eu.cginternational.domain.mobility.MobilityStatus.IN_PROGRESS;
import static eu.cginternational.domain.mobility.MobilityStatus.MINISTRY_APPROVED;
import static eu.cginternational.domain.mobility.MobilityStatus.REJECTED;
import static eu.cginternational.domain.mobility.MobilityStatus.RETURNED;
import static eu.cginternational.domain.mobility.MobilityStatus.SCHOOL_APPROVED;
import static eu.cginternational.domain.mobility.MobilityStatus.SUBMITTED;
import static eu.cginternational.domain.mobility.MobilityStatus.WITHDRAWN;

/**
 * What can be done to a mobility, and the one place that says from which status to which: every
 * pair not listed here is an illegal transition. Every value is also a message key.
 */
public enum MobilityAction {
    SUBMIT(Map.of(DRAFT, SUBMITTED, RETURNED, SUBMITTED), false),
    /** The school's first approval, then the ministry's final one. */
    APPROVE(Map.of(SUBMITTED, SCHOOL_APPROVED, SCHOOL_APPROVED, MINISTRY_APPROVED), false),
    RETURN(Map.of(SUBMITTED, RETURNED, SCHOOL_APPROVED, RETURNED), true),
    REJECT(Map.of(SUBMITTED, REJECTED, SCHOOL_APPROVED, REJECTED), true),
    WITHDRAW(Map.of(DRAFT, WITHDRAWN, RETURNED, WITHDRAWN, SUBMITTED, WITHDRAWN, SCHOOL_APPROVED, WITHDRAWN), false),
    CANCEL(Map.of(MINISTRY_APPROVED, CANCELLED, IN_PROGRESS, CANCELLED), true),
    START(Map.of(MINISTRY_APPROVED, IN_PROGRESS), false),
    COMPLETE(Map.of(IN_PROGRESS, COMPLETED), false);

    private final Map<MobilityStatus, MobilityStatus> transitions;
    private final boolean needsComment;

    MobilityAction(Map<MobilityStatus, MobilityStatus> transitions, boolean needsComment) {
        this.transitions = transitions;
        this.needsComment = needsComment;
    }

    /** The status this action leads to from the given one, or empty when the transition is illegal. */
    public Optional<MobilityStatus> from(MobilityStatus status) {
        return Optional.ofNullable(transitions.get(status));
    }

    /** Whether a comment (the reason) must come with the action. */
    public boolean needsComment() {
        return needsComment;
    }

    /** The actions that are legal from a status, whoever takes them. */
    public static Set<MobilityAction> legalFrom(MobilityStatus status) {
        Set<MobilityAction> legal = java.util.EnumSet.noneOf(MobilityAction.class);
        for (MobilityAction action : values()) {
            if (action.transitions.containsKey(status)) {
                legal.add(action);
            }
        }
        return legal;
    }
}
