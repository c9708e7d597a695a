package eu.cginternational.it.services;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Two people acting at the same moment: each in its own thread and transaction, released together. */
final class Race {

    private Race() {
    }

    /** Runs the attempt twice at once and returns what each answered (a loser's attempt names how it lost). */
    static List<String> twice(Callable<String> attempt) throws Exception {
        return both(attempt, attempt);
    }

    /** Runs two attempts at once and returns what each answered, in their order. */
    static List<String> both(Callable<String> first, Callable<String> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> racing = List.of(pool.submit(released(start, first)), pool.submit(released(start, second)));
            start.countDown();
            return List.of(racing.get(0).get(), racing.get(1).get());
        } finally {
            pool.shutdown();
        }
    }

    private static Callable<String> released(CountDownLatch start, Callable<String> attempt) {
        return () -> {
            start.await();
            return attempt.call();
        };
    }
}
