package eu.cginternational.domain.policy;

/** How far a policy recommendation has come with its addressee. */
public enum RecommendationStatus {
    PROPOSED,
    ADOPTED,
    IMPLEMENTED
}
