package eu.cginternational.domain.time;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Times as the clocks of a place show them. On the night the clocks are put forward an hour is skipped: 02:30 on the
 * last Sunday of March never happens in Europe/Podgorica, and {@code java.time} would quietly take it for 03:30. In
 * autumn an hour happens twice; the first of the two, still on summer time, is meant.
 */
public final class WallClock {

    private WallClock() {
    }

    /** Whether the zone's clocks show the time at some moment: not in the hour they skip when put forward. */
    public static boolean shows(ZoneId zone, LocalDateTime time) {
        return !zone.getRules().getValidOffsets(time).isEmpty();
    }
}
