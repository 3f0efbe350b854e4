package dev.launchready.ratelimit.store;

/**
 * A monotonic nanosecond clock, like {@link System#nanoTime()}: only differences mean anything. The
 * seam through which tests drive time; the in-memory store gives the same ticker to its cache, so a
 * key's expiry and its rate arithmetic never disagree.
 */
@FunctionalInterface
public interface Ticker {

    /** Nanoseconds from an arbitrary origin; never decreasing. */
    long nanos();

    /** {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
