package dev.launchready.redis;

import dev.launchready.config.HealthSettings;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.HealthCheck;
import dev.launchready.health.HealthCheckProvider;
import java.util.List;

/**
 * Contributes the {@code redis} check when {@code launchready.redis.url} is set: a {@code PING} that must
 * answer {@code PONG} within {@code launchready.health.timeout}, critical when
 * {@code launchready.health.redis.critical} says so.
 *
 * <p>The check holds a Redis client and is {@link AutoCloseable}: whoever builds the health registry
 * from these checks closes it at shutdown. Nothing connects until the check first runs.
 */
public final class RedisHealthCheckProvider implements HealthCheckProvider {

    /** The name of the check, as the details view and the metrics show it. */
    public static final String CHECK_NAME = "redis";

    /** Called by {@link java.util.ServiceLoader}. */
    public RedisHealthCheckProvider() {
    }

    @Override
    public List<HealthCheck> checks(LaunchReadySettings settings) {
        HealthSettings health = settings.health();
        return settings.redisUrl()
                .<List<HealthCheck>>map(uri -> List.of(
                        new RedisPingCheck(CHECK_NAME, uri, health.redisCritical(), health.timeout())))
                .orElse(List.of());
    }
}
