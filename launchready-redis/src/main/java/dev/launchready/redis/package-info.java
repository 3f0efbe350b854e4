/**
 * Redis support: the {@code redis} health check, a Lettuce {@code PING} against
 * {@code launchready.redis.url}. Putting this module on the class path is all it takes:
 * {@link dev.launchready.redis.RedisHealthCheckProvider} is found through {@link java.util.ServiceLoader}
 * by {@link dev.launchready.health.HealthChecks#fromSettings}.
 */
package dev.launchready.redis;
