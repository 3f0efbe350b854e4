package dev.launchready.redis;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.ratelimit.store.RateLimitStoreProvider;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import io.micrometer.core.instrument.MeterRegistry;

/** Found through {@link java.util.ServiceLoader}: rate limits shared on the Redis of the settings. */
public final class RedisRateLimitStoreProvider implements RateLimitStoreProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public RedisRateLimitStoreProvider() {
    }

    @Override
    public SharedRateLimitStore open(LaunchReadySettings settings, MeterRegistry meters) {
        return RedisRateLimits.open(settings, meters);
    }
}
