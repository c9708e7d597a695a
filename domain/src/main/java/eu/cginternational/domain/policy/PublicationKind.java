package eu.cginternational.domain.policy;

/** What a publication of the research and policy area is. */
public enum PublicationKind {
    REPORT,
    POLICY_BRIEF,
    RECOMMENDATION
}
