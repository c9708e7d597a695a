package eu.cginternational.domain.training;

/** What a completed registration was completed by. */
public enum CompletionBasis {
    /** The person attended at least the training's share of its sessions, counted when the training was closed. */
    ATTENDANCE,
    /** The person finished a self-paced module: every lesson done and every quiz passed. */
    SELF_PACED_MODULE
}
