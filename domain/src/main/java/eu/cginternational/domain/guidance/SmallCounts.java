package eu.cginternational.domain.guidance;

/**
 * The disclosure rule of published indicators: a count of fewer than {@value #THRESHOLD} people or
 * events (but more than none) could single a person out, so it is shown as "&lt;5", never as its
 * value. Zero stays zero: that nothing happened discloses nobody.
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;
    public static final String SUPPRESSED = "<" + THRESHOLD;

    private SmallCounts() {
    }

    public static boolean isSuppressed(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative: " + count);
        }
        return count > 0 && count < THRESHOLD;
    }

    /** The count as it may be published. */
    public static String shown(long count) {
        return isSuppressed(count) ? SUPPRESSED : Long.toString(count);
    }
}
