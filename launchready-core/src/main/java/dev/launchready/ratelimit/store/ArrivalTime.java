package dev.launchready.ratelimit.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A key's theoretical arrival time, in ticker nanoseconds: the whole state GCRA needs. Mutable so a
 * take updates it in place instead of allocating per event; 24 bytes per key.
 *
 * <p>Takes move it by compare-and-set, so most need no lock. The one thing a lock-free take cannot do
 * is move the cache's expiry, which Caffeine computes only when it writes or reads the entry: a key
 * expiring before its arrival time would hand an attacker a fresh burst. So the expiry is kept at the end of the {@link #STEP} the
 * arrival time falls in, always after it; a take that stays within that step needs no new expiry, and
 * one that crosses into a later step goes through the cache's locked compute, which sets both.
 */
final class ArrivalTime {

    /**
     * 2^30 ns (about 1.07 s, Caffeine's finest expiry tick). The cost is memory, not exactness: a key is
     * forgotten at most this long after it is back to a full burst. A hot key crosses a step about once
     * a second; a key allowed less often than that takes the lock for each allowed event, as rarely.
     */
    static final long STEP = 1L << 30;

    private static final int STEP_BITS = Long.numberOfTrailingZeros(STEP);

    private static final VarHandle NANOS;

    static {
        try {
            NANOS = MethodHandles.lookup().findVarHandle(ArrivalTime.class, "nanos", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile long nanos;

    ArrivalTime(long nanos) {
        this.nanos = nanos;
    }

    long nanos() {
        return nanos;
    }

    /** The first ticker reading at which the cache may forget this key: the end of its arrival time's step. */
    long expiresAt() {
        // Set the low bits, then add one: no overflow to worry about, since only differences are used.
        return (nanos | (STEP - 1)) + 1;
    }

    /**
     * One take against this arrival time.
     *
     * @param locked whether the caller holds the cache's lock on this key, so it may also cross a step
     * @return the decision; {@code null} if allowing needs a step crossed and {@code locked} is false
     */
    Decision take(Gcra gcra, Ticker ticker, boolean locked) {
        while (true) {
            long seen = nanos;
            // The clock after the arrival time: a retry after a lost race judges against a fresh now.
            long now = ticker.nanos();
            Decision decision = gcra.decide(seen - now);
            if (!decision.allowed()) {
                // True of the state just read (takes only move it later, a denial records nothing).
                return decision;
            }
            long next = now + decision.resetAfter().toNanos();
            if (!locked && (next >> STEP_BITS) != (seen >> STEP_BITS)) {
                return null;
            }
            // Within the step, a take racing with this key's expiry is harmless: the cache forgets it no
            // earlier than the step's end, by which time this take's arrival time has passed too.
            if (NANOS.compareAndSet(this, seen, next)) {
                return decision;
            }
        }
    }
}
