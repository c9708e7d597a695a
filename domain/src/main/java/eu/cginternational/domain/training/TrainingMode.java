package eu.cginternational.domain.training;

/** How a training is held. */
public enum TrainingMode {
    ONLINE,
    ON_SITE,
    BLENDED,
    /** A self-paced online module of lessons and quizzes, without sessions; each participant learns at their own pace. */
    SELF_PACED
}
