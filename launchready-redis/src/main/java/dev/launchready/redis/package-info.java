/**
 * Redis support, found by {@link java.util.ServiceLoader} when this module is on the class path: the
 * {@code redis} health check (a Lettuce {@code PING} against {@code launchready.redis.url}, through
 * {@link dev.launchready.redis.RedisHealthCheckProvider}), and rate limits shared by several instances
 * (through {@link dev.launchready.redis.RedisRateLimitStoreProvider}). The way in for code is
 * {@link dev.launchready.redis.RedisRateLimits}: {@code open} on the settings' URL, or {@code reusing} the
 * app's own Lettuce client.
 */
package dev.launchready.redis;
