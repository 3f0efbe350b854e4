package dev.launchready.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * LaunchReady for Spring Boot: add {@code dev.launchready:launchready-spring-starter} and every
 * feature is on with safe defaults. Every bean backs off when the app defines its own.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"})
@Import({SettingsConfiguration.class, TraceConfiguration.class, HealthConfiguration.class,
    ActuatorHealthConfiguration.class, RedisRateLimitConfiguration.class, RateLimitConfiguration.class,
    SecurityEventsConfiguration.class, EdgeConfiguration.class, ServletConfiguration.class,
    MetricsConfiguration.class})
public final class LaunchReadyAutoConfiguration {
}
