package dev.launchready.servlet;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.HealthCheck;
import dev.launchready.health.HealthChecks;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.health.HealthRegistry;
import dev.launchready.ratelimit.store.RateLimitStore;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import dev.launchready.trace.Release;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the health registry of a servlet app: its checks, readiness on start and the drain before the
 * server stops (Jetty's lifecycle where it runs, else a JVM hook), and its close with the context.
 */
final class ServletHealthStartup {

    private static final Logger log = LoggerFactory.getLogger(LaunchReadyInitializer.class);
    private static final String JETTY_EE10 = "org.eclipse.jetty.ee10.servlet.ServletContextHandler";

    private ServletHealthStartup() {
    }

    static HealthEndpoints start(LaunchReadySettings settings, ServletContext context,
            RateLimitStore store, Release release) throws ServletException {
        List<HealthCheck> checks;
        try {
            checks = new ArrayList<>(HealthChecks.fromSettings(settings, LaunchReadyInitializer.class.getClassLoader()));
        } catch (InvalidSettingException e) {
            log.error("LaunchReady cannot start: {}", e.getMessage());
            throw new ServletException(e.getMessage(), e);
        }
        if (store instanceof SharedRateLimitStore shared) {
            checks.add(shared.healthCheck()); // warns, never fails, while limits are decided in memory
        }
        settings.health().dataSourceJndiName().ifPresent(name -> checks.add(JndiDataSourceCheck.of(name,
                settings.health().dataSourceCritical(), settings.health().timeout())));
        HealthRegistry registry = HealthRegistry.builder(settings.health()).ownedChecks(checks).release(release).build();
        context.setAttribute(ServletHealth.ATTRIBUTE, registry);

        boolean onJetty = LaunchReadyInitializer.present(JETTY_EE10) && JettyLifecycle.install(context, registry);
        Thread drainHook = onJetty ? null : new Thread(registry::drain, "launchready-drain");
        if (drainHook != null) {
            // Not Jetty: JVM hooks run in no set order, so this only flips readiness as early as it can.
            Runtime.getRuntime().addShutdownHook(drainHook);
        }
        context.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                if (!onJetty) {
                    registry.markReady();
                }
            }

            @Override
            public void contextDestroyed(ServletContextEvent event) {
                if (drainHook != null) {
                    try {
                        Runtime.getRuntime().removeShutdownHook(drainHook);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is running or ran already
                    }
                }
                registry.close();
                context.removeAttribute(ServletHealth.ATTRIBUTE);
            }
        });
        return HealthEndpoints.of(registry);
    }
}
