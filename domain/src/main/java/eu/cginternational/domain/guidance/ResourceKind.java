package eu.cginternational.domain.guidance;

/** What a resource of the library is. */
public enum ResourceKind {
    GUIDE,
    LESSON_PLAN,
    TOOL,
    VIDEO,
    LINK
}
