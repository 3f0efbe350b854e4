package dev.launchready.ratelimit.store;

import java.time.Duration;
import java.util.Objects;

/**
 * What a store decided about one event for one key.
 *
 * @param allowed whether the event fits the limit
 * @param remaining how many more events would be allowed right now, after this one; 0 when denied
 * @param retryAfter how long until one more event fits; zero when allowed
 * @param resetAfter how long until the key is back to a full burst (and a store may forget it)
 */
public record Decision(boolean allowed, int remaining, Duration retryAfter, Duration resetAfter) {

    public Decision {
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(resetAfter, "resetAfter");
        if (remaining < 0 || retryAfter.isNegative() || resetAfter.isNegative()) {
            throw new IllegalArgumentException("negative remaining or duration: " + remaining + ", " + retryAfter
                    + ", " + resetAfter);
        }
        if (allowed ? !retryAfter.isZero() : (remaining != 0 || retryAfter.isZero())) {
            // A denial that says "retry now", or an allowance that says "wait", is a store bug a caller can't fix.
            throw new IllegalArgumentException((allowed ? "allowed" : "denied") + " with remaining " + remaining
                    + ", retryAfter " + retryAfter);
        }
    }

    /** An allowed event. */
    public static Decision allow(int remaining, Duration resetAfter) {
        return new Decision(true, remaining, Duration.ZERO, resetAfter);
    }

    /** A denied event; nothing was recorded. */
    public static Decision deny(Duration retryAfter, Duration resetAfter) {
        return new Decision(false, 0, retryAfter, resetAfter);
    }
}
