package eu.cginternational.domain.training;

/** Why a registration's status or waiting-list position changed; every change records one. */
public enum RegistrationReason {
    /** The person registered (or was nominated) and got a seat or a place on the list. */
    ARRIVED,
    /** The person asked for a training that needs the school's nomination. */
    REQUESTED,
    /** The school administrator approved the request. */
    APPROVED,
    /** The school administrator declined the request. */
    DECLINED,
    /** The person gave up their seat. */
    CANCELLED,
    /** The person left the waiting list. */
    LEFT_WAITING_LIST,
    /** The person withdrew their request before the school decided. */
    WITHDRAWN,
    /** A seat freed and the person, first on the list, got it. */
    PROMOTED_SEAT_FREED,
    /** The capacity grew and the person, first on the list, got a new seat. */
    PROMOTED_CAPACITY_RAISED,
    /** Someone ahead on the list left it or got a seat: the person moved up. */
    MOVED_UP,
    /** The person, with fewer opportunities, arrived on a list that gives them priority: placed ahead of the others. */
    ARRIVED_WITH_PRIORITY,
    /** Someone with fewer opportunities was placed ahead under the training's priority rule: the person moved down. */
    MOVED_DOWN_FOR_PRIORITY
}
