package eu.cginternational.it.services;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waits for what a service does in another thread after its answer, as the public forms do what depends on an account. */
final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    private Eventually() {
    }

    /** Asks again until the condition holds, for at most 45 seconds. */
    static void until(String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + PATIENCE.toSeconds() + " seconds: " + what);
            }
            Thread.sleep(50);
        }
    }
}
