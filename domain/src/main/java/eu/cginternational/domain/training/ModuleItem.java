package eu.cginternational.domain.training;

/**
 * A step of a self-paced module: a lesson to read or a quiz to pass. Lessons and quizzes share one
 * numbering, so that a module reads in the order its author set.
 */
public sealed interface ModuleItem permits Lesson, Quiz {

    Long getId();

    int getPosition();

    LocalizedText getTitle();

    /** A key unique in the module across both kinds, for pages and links: {@code L12} or {@code Q3}. */
    default String getKey() {
        return (this instanceof Lesson ? "L" : "Q") + getId();
    }
}
