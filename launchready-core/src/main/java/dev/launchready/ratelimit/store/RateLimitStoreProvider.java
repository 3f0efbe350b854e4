package dev.launchready.ratelimit.store;

import dev.launchready.config.LaunchReadySettings;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Makes a shared store from an optional module (Redis from {@code launchready-redis}); found through
 * {@link java.util.ServiceLoader} by {@link RateLimitStores#fromSettings}.
 */
public interface RateLimitStoreProvider {

    /**
     * The shared store on {@code settings.rateLimitStore().redisUrl()}, which is present. Connects lazily.
     *
     * @throws dev.launchready.config.InvalidSettingException when the settings cannot work shared (no secret)
     */
    SharedRateLimitStore open(LaunchReadySettings settings, MeterRegistry meters);
}
