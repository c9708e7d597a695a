package eu.cginternational.domain.signing;

/**
 * The result of checking a signed document's stored record against itself: the PDF against the
 * SHA-256 it was registered with, the hash chain of its events, and the signers' rows and the
 * document's status against what the events say happened. Intact, or the first part found broken,
 * why, and where (the sequence number of an event, or a signer's place in the signing order).
 *
 * <p>Nothing here is secret: someone able to rewrite every row, and to recompute every hash, goes
 * unnoticed. What it catches is a row changed, added or removed on its own.
 */
public record IntegrityCheck(int events, Problem problem, Integer brokenAt) {

    /** The parts of the record, in the order they are checked. Every value is also a message key ({@code IntegrityCheck.Part.NAME}). */
    public enum Part {
        /** The hash-chained events: checked first, since the other parts are checked against them. */
        CHAIN,
        /** The frozen PDF and the SHA-256 it was registered with. */
        PDF,
        /** Each signer's recorded signature or decline. */
        SIGNERS,
        /** The document's status and closing time. */
        STATUS
    }

    /** Why a record is broken, and in which part. Every value is also a message key ({@code IntegrityCheck.Problem.NAME}). */
    public enum Problem {
        /** A sequence number is missing or repeated: an event was removed or inserted. */
        GAP(Part.CHAIN),
        /** An event does not point at the hash of the event before it. */
        LINK(Part.CHAIN),
        /** An event's stored hash is not the hash of its content: it was altered. */
        CONTENT(Part.CHAIN),
        /** The last event is not the one the document last recorded: events at the end were removed. */
        HEAD(Part.CHAIN),
        /** The stored PDF does not hash to the registered SHA-256, or is not of the registered size: the file was replaced. */
        PDF_ALTERED(Part.PDF),
        /** The sending event names another SHA-256 or size than the document has. */
        NOT_AS_SENT(Part.PDF),
        /** A signer's status, time or signature is not what the events recorded of them. */
        SIGNER(Part.SIGNERS),
        /** The signer rows are not the ones the document was sent to: one was removed or added. */
        SIGNER_COUNT(Part.SIGNERS),
        /** The document's status or closing time is not what its events lead to. */
        STATUS(Part.STATUS);

        private final Part part;

        Problem(Part part) {
            this.part = part;
        }

        public Part part() {
            return part;
        }
    }

    /** Whether every part agrees. */
    public boolean intact() {
        return problem == null;
    }

    /** The part found broken, or null when intact. */
    public Part brokenPart() {
        return problem == null ? null : problem.part();
    }

    /** Whether the event chain itself is whole, which is checked first: true when the record broke elsewhere, or nowhere. */
    public boolean chainIntact() {
        return brokenPart() != Part.CHAIN;
    }

    static IntegrityCheck intact(int events) {
        return new IntegrityCheck(events, null, null);
    }

    static IntegrityCheck broken(int events, Problem problem, Integer at) {
        return new IntegrityCheck(events, problem, at);
    }
}
