package dev.launchready.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when a test says so; safe to read from many threads. */
final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final AtomicReference<Trap> trap = new AtomicReference<>();
    private final ZoneId zone;

    MutableClock() {
        this(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    }

    private MutableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    void advance(Duration step) {
        now.updateAndGet(i -> i.plus(step));
    }

    /**
     * The next time {@code thread} reads this clock it counts down {@code paused} and then waits for
     * {@code resume}: lets a test stop a caller at an exact point inside the code under test.
     */
    void trapNextRead(Thread thread, CountDownLatch paused, CountDownLatch resume) {
        trap.set(new Trap(thread, paused, resume));
    }

    @Override
    public Instant instant() {
        Trap t = trap.get();
        if (t != null && t.thread == Thread.currentThread() && trap.compareAndSet(t, null)) {
            t.paused.countDown();
            try {
                if (!t.resume.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("trapped clock reader was never resumed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now.get(), other);
    }

    private record Trap(Thread thread, CountDownLatch paused, CountDownLatch resume) {
    }
}
