package dev.launchready.ratelimit.store;

import dev.launchready.config.Limit;
import java.time.Duration;

/**
 * GCRA for one limit, on "ahead": how far a key's theoretical arrival time (TAT) lies past now. Each
 * event pushes the TAT one interval further; an event fits while the TAT stays within one span
 * ({@code count} intervals) of now. Working on differences, never absolute times, keeps the arithmetic
 * right for a ticker whose origin is anywhere, as {@link System#nanoTime()}'s is.
 *
 * <p>Public so a store elsewhere (the Redis store's script keeps the state and compares, then hands its
 * reading back here) decides exactly as the in-memory one does.
 *
 * @param interval nanoseconds between two events at the steady rate, at least 1
 * @param span {@code count * interval}: how far ahead a full burst puts the TAT
 */
public record Gcra(long interval, long span) {

    /**
     * Windows are capped here (about 73 years): then {@code ahead + interval} cannot overflow for any
     * state this limit left, and the span stays under Caffeine's longest expiry (about 146 years).
     */
    public static final long MAX_SPAN = Long.MAX_VALUE >> 2;

    public Gcra {
        if (interval < 1 || span < interval || span > MAX_SPAN) {
            throw new IllegalArgumentException("interval " + interval + " and span " + span + " make no limit");
        }
    }

    /** The arithmetic of one limit; every store decides through it, so all stores decide alike. */
    public static Gcra of(Limit limit) {
        long window = Math.min(saturatedNanos(limit.window()), MAX_SPAN);
        // A count above the window's nanoseconds would make the interval 0, and the limit no limit.
        long interval = Math.max(1, window / limit.count());
        return new Gcra(interval, interval * limit.count());
    }

    /**
     * The decision for one more event.
     *
     * @param ahead TAT minus now; zero or less for a key with a full burst
     */
    public Decision decide(long ahead) {
        // The upper clamp only matters for a ticker that stepped back: state from this or any limit is within MAX_SPAN.
        long current = Math.min(Math.max(0, ahead), MAX_SPAN);
        long after = current + interval;
        if (after <= span) {
            return Decision.allow((int) ((span - after) / interval), Duration.ofNanos(after));
        }
        return Decision.deny(Duration.ofNanos(after - span), Duration.ofNanos(current));
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
