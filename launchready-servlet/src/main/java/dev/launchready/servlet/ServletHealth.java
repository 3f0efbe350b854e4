package dev.launchready.servlet;

import dev.launchready.health.HealthRegistry;
import jakarta.servlet.ServletContext;

/**
 * The way a plain servlet app adds its own checks:
 * {@code ServletHealth.registry(context).register(HealthCheck.of("payments", false, ...))}.
 */
public final class ServletHealth {

    static final String ATTRIBUTE = HealthRegistry.class.getName();

    private ServletHealth() {
    }

    /**
     * The app's health registry.
     *
     * @throws IllegalStateException when LaunchReady's health endpoints are not running in this app
     */
    public static HealthRegistry registry(ServletContext context) {
        Object registry = context.getAttribute(ATTRIBUTE);
        if (registry instanceof HealthRegistry r) {
            return r;
        }
        throw new IllegalStateException("LaunchReady health is not running in this app "
                + "(is launchready-servlet on the class path, and launchready.enabled / launchready.health.enabled true?)");
    }
}
