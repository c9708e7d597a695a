package eu.cginternational.domain.guidance;

/**
 * Holland's six interest types, in their conventional order (which also breaks ties between equal
 * scores). Each value is also a message key ({@code RiasecType.R}).
 */
public enum RiasecType {
    /** Realistic: practical work with tools, machines, plants or animals. */
    R,
    /** Investigative: observing, analysing, solving problems. */
    I,
    /** Artistic: creating, designing, expressing. */
    A,
    /** Social: helping, teaching, caring. */
    S,
    /** Enterprising: leading, persuading, selling. */
    E,
    /** Conventional: organising data and records, following procedures. */
    C;

    public char letter() {
        return name().charAt(0);
    }

    public static RiasecType of(char letter) {
        return valueOf(String.valueOf(letter));
    }
}
