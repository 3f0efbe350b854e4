package dev.launchready.ratelimit;

import dev.launchready.config.Limit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Logins being checked right now on this instance, and who waits when there are enough of them.
 *
 * <p>Password hashing is slow on purpose, so the attempts a credential-stuffing run still has under the
 * per-address limits (30 from every address it owns) can take every core for many seconds while members' logins
 * queue behind them. An address whose login failed in the last 15 minutes is a suspect: while {@code busyAt}
 * logins are already being checked, a suspect's login is answered 429 at once and tries again shortly, so suspects
 * only get the checker when members leave it idle. Members (no recent failure) are never held back by this.
 * Per instance on purpose: the cores are.
 */
final class BusyLogins {

    /** One failure marks an address for 15 minutes (one GCRA cell: a second take within the window is refused). */
    static final Limit RECENT_FAILURE = new Limit(1, Duration.ofMinutes(15));
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final int busyAt;
    private final AtomicInteger inFlight = new AtomicInteger();

    /** @param busyAt logins in flight that make the instance busy for suspects; 0 never does */
    BusyLogins(int busyAt) {
        this.busyAt = busyAt;
    }

    boolean enabled() {
        return busyAt > 0;
    }

    /** A member's login: always enters. */
    void enter() {
        inFlight.incrementAndGet();
    }

    /** A suspect's login: enters only while the instance is not busy. */
    boolean tryEnterAsSuspect() {
        while (true) {
            int now = inFlight.get();
            if (now >= busyAt) {
                return false;
            }
            if (inFlight.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }
}
