package dev.launchready.servlet;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/** Waits on a condition with a deadline instead of sleeping a guessed time. */
final class Poll {

    private Poll() {
    }

    static void until(Callable<Boolean> condition) throws Exception {
        until(Duration.ofSeconds(15), condition);
    }

    static void until(Duration limit, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
