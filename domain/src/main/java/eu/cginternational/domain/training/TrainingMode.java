package eu.cginternational.domain.training;

/** How a training is held. */
public enum TrainingMode {
    ONLINE,
    ON_SITE,
    BLENDED
}
