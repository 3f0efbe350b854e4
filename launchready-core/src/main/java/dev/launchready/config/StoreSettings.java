package dev.launchready.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the rate limits keep their state, and how a shared store behaves when it fails.
 *
 * @param mode auto, memory or redis ({@code launchready.ratelimit.store})
 * @param redisUrl the Redis to share limits on: {@code launchready.redis.url}, else the {@code REDIS_URL} variable
 * @param urlFromLaunchReadyKey whether {@code redisUrl} came from {@code launchready.redis.url} (the app asked for
 *     Redis, so a missing module is an error) rather than {@code REDIS_URL} (the platform's, which the app may use
 *     for something else)
 * @param timeout how long one Redis decision may take before the in-memory store decides instead
 * @param probeInterval how long decisions stay in memory after Redis failed before one call tries Redis again
 */
public record StoreSettings(StoreMode mode, Optional<URI> redisUrl, boolean urlFromLaunchReadyKey, Duration timeout,
        Duration probeInterval) {

    /** The key naming where the URL came from, for messages. */
    public String urlSource() {
        return urlFromLaunchReadyKey ? Keys.REDIS_URL.name() : Keys.REDIS_URL_VARIABLE.name();
    }

    /** Never prints the URL, which may carry a password. */
    @Override
    public String toString() {
        return "StoreSettings[" + mode + ", redis=" + (redisUrl.isPresent() ? "(set by " + urlSource() + ")" : "(none)")
                + ", timeout=" + timeout + ", probeInterval=" + probeInterval + "]";
    }
}
