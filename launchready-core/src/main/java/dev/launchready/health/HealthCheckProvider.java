package dev.launchready.health;

import dev.launchready.config.LaunchReadySettings;
import java.util.List;

/**
 * Contributes built-in checks from an optional module (such as the Redis PING of
 * {@code launchready-redis}); found through {@link java.util.ServiceLoader}.
 */
public interface HealthCheckProvider {

    /** The checks the settings ask for; empty when they ask for none. */
    List<HealthCheck> checks(LaunchReadySettings settings);
}
