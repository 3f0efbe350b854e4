package dev.launchready.ratelimit.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when told; starts far from zero, as nanoTime may. */
final class FakeTicker implements Ticker {

    private final AtomicLong nanos;

    FakeTicker(long start) {
        this.nanos = new AtomicLong(start);
    }

    FakeTicker() {
        this(-5_000_000_000L);
    }

    @Override
    public long nanos() {
        return nanos.get();
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }
}
