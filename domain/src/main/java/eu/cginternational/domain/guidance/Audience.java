package eu.cginternational.domain.guidance;

/** Whom a resource of the library is written for. */
public enum Audience {
    COUNSELLOR,
    TEACHER,
    STUDENT
}
