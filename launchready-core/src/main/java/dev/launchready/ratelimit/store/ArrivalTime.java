package dev.launchready.ratelimit.store;

/**
 * A key's theoretical arrival time, in ticker nanoseconds: the whole state GCRA needs. Mutable so a
 * take updates it in place instead of allocating a boxed {@code Long} per event; 24 bytes per key either
 * way. Written only inside the cache's per-key compute; volatile for {@code peek}, which reads without
 * that lock.
 */
final class ArrivalTime {

    private volatile long nanos;

    ArrivalTime(long nanos) {
        this.nanos = nanos;
    }

    long nanos() {
        return nanos;
    }

    void set(long nanos) {
        this.nanos = nanos;
    }
}
