package dev.launchready.health;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a check block until the test releases it, the way a driver stuck in a socket read does:
 * interrupts are counted but do not end the wait. Close it (try-with-resources) so no thread leaks.
 */
final class Hang implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final Semaphore entered = new Semaphore(0);
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger interrupts = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();

    /** Blocks the calling check until {@link #release()}. */
    void block() {
        runs.incrementAndGet();
        entered.release();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupts.incrementAndGet();
                    interrupted = true;
                }
            }
        } finally {
            finished.incrementAndGet();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A check that hangs every time. */
    HealthCheck check(String name, boolean critical) {
        return HealthCheck.of(name, critical, () -> {
            block();
            return CheckResult.pass("released");
        });
    }

    /** Waits (up to 5 s) until a run has entered {@link #block()}. */
    void awaitEntered() throws InterruptedException {
        if (!entered.tryAcquire(5, TimeUnit.SECONDS)) {
            throw new AssertionError("the check never started");
        }
    }

    int runs() {
        return runs.get();
    }

    int interrupts() {
        return interrupts.get();
    }

    int finished() {
        return finished.get();
    }

    /** Lets every blocked and future run return. */
    void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release();
    }
}
