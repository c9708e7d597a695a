package eu.cginternational.domain.grant;

import eu.cginternational.domain.mobility.MobilityType;

/** Whom a rate is for: learners and staff have different daily rates of individual support. */
public enum ParticipantKind {
    LEARNER,
    STAFF;

    public static ParticipantKind of(MobilityType type) {
        return type.isForLearners() ? LEARNER : STAFF;
    }
}
