package eu.cginternational.domain.mobility;

import eu.cginternational.domain.account.UserAccount;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock of a test mobility running from 7 to 27 September 2026 along its usual path: decisions
 * from {@link #T0}, the start on its first day, the completion after its last. Shared by the tests of
 * the mobility and of its learning agreement, which take it through the same steps.
 */
public final class MobilitySteps {

    /** When the first decision is taken. */
    public static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    /** Early on the first day (UTC), when the usual path starts the mobility. */
    public static final Instant FIRST_DAY = Instant.parse("2026-09-07T06:00:00Z");
    /** The morning after the last day, when the usual path has the report handed in and completes. */
    public static final Instant ENDED = Instant.parse("2026-09-28T08:00:00Z");

    private MobilitySteps() {
    }

    /**
     * Takes the step an hour after the one before: decisions from {@link #T0}, the start on the first
     * day, completion after the last. Returns the mobility, to chain.
     */
    public static Mobility step(Mobility mobility, MobilityAction action, UserAccount actor, String comment) {
        Duration later = Duration.ofHours(mobility.getHistory().size() + 1L);
        Instant at = switch (action) {
            case START -> FIRST_DAY.plus(later);
            case COMPLETE -> ENDED.plus(later);
            default -> T0.plus(later);
        };
        mobility.act(action, actor, comment, at);
        return mobility;
    }
}
