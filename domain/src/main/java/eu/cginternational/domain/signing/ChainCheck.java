package eu.cginternational.domain.signing;

/**
 * The result of checking a document's event chain: intact, or the sequence number of the first
 * event where it breaks and why (a gap, a wrong link, a hash that does not recompute, a head that
 * does not match the last event).
 */
public record ChainCheck(boolean intact, int events, Integer brokenAt, Problem problem) {

    /** Why a chain is broken. Every value is also a message key ({@code ChainCheck.Problem.NAME}). */
    public enum Problem {
        /** A sequence number is missing or repeated: an event was removed or inserted. */
        GAP,
        /** An event does not point at the hash of the event before it. */
        LINK,
        /** An event's stored hash is not the hash of its content: it was altered. */
        CONTENT,
        /** The last event is not the one the document last recorded: events at the end were removed. */
        HEAD
    }

    static ChainCheck intact(int events) {
        return new ChainCheck(true, events, null, null);
    }

    static ChainCheck broken(int events, int at, Problem problem) {
        return new ChainCheck(false, events, at, problem);
    }
}
