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
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@Import({SettingsConfiguration.class, HealthConfiguration.class, ActuatorHealthConfiguration.class,
    RateLimitConfiguration.class, SecurityEventsConfiguration.class, EdgeConfiguration.class,
    ServletConfiguration.class})
public final class LaunchReadyAutoConfiguration {
}
