package dev.launchready.ratelimit.store;

import dev.launchready.health.HealthCheck;

/**
 * A store several instances share (Redis), which may fail: while it does, decisions come from this
 * instance's memory, never "no limit" and never "everyone rejected". Its {@link #healthCheck()} warns (never
 * fails) while that is so. Close it at shutdown.
 */
public interface SharedRateLimitStore extends RateLimitStore, AutoCloseable {

    /** Non-critical: passes while the shared store decides, warns while this instance decides in memory. */
    HealthCheck healthCheck();

    /** Whether decisions come from this instance's memory right now. */
    boolean inFallback();

    /** Releases connections and threads; decisions after this come from memory. */
    @Override
    void close();
}
