package eu.cginternational.domain.learning;

/**
 * How the learning abroad is recognised at home. Every value is also a message key
 * ({@code Recognition.NAME}); the agreement adds the details in words.
 */
public enum Recognition {
    /** Units of learning outcomes with ECVET credit points, after the memorandum of understanding. */
    ECVET,
    /** The Europass Mobility document, filled in by the sending school and the host. */
    EUROPASS_MOBILITY,
    /** The placement counts as a part (module, practice hours) of the school's own programme. */
    SCHOOL_PROGRAMME_CREDIT,
    /** Any other form, described in the details. */
    OTHER;

    /** Whether the agreement must say in words what the recognition is. */
    public boolean needsDetails() {
        return this == OTHER;
    }
}
