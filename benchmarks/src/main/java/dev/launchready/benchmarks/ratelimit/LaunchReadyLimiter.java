package dev.launchready.benchmarks.ratelimit;

import dev.launchready.config.Limit;
import dev.launchready.ratelimit.store.RateLimitStore;

/** Ours: the in-memory GCRA store, through its public factory, as the app's rate limiter uses it. */
final class LaunchReadyLimiter implements KeyedLimiter {

    private final RateLimitStore store;
    private final Limit limit;

    LaunchReadyLimiter(Limit limit, int maxKeys) {
        this.store = RateLimitStore.inMemory(maxKeys);
        this.limit = limit;
    }

    @Override
    public boolean tryTake(String key) {
        return store.take(key, limit).allowed();
    }
}
