package dev.launchready.servlet;

import dev.launchready.health.HealthRegistry;
import jakarta.servlet.ServletContext;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Ties readiness to Jetty's own server lifecycle. Jetty stops accepting connections before it stops
 * web contexts, so a drain begun at context destroy would never be seen; a listener on the server's
 * "stopping" event runs before any connector closes. Loaded only when Jetty 12 (ee10) is present.
 */
final class JettyLifecycle implements LifeCycle.Listener {

    private final HealthRegistry registry;

    private JettyLifecycle(HealthRegistry registry) {
        this.registry = registry;
    }

    /** Returns false when the context is not a Jetty ee10 context (another container, or no server yet). */
    static boolean install(ServletContext context, HealthRegistry registry) {
        ServletContextHandler handler = ServletContextHandler.getServletContextHandler(context);
        Server server = handler == null ? null : handler.getServer();
        if (server == null) {
            return false;
        }
        JettyLifecycle listener = new JettyLifecycle(registry);
        server.addEventListener(listener);
        handler.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) {
                server.removeEventListener(listener);
            }
        });
        if (server.isStarted()) {
            registry.markReady();
        }
        return true;
    }

    @Override
    public void lifeCycleStarted(LifeCycle event) {
        registry.markReady();
    }

    @Override
    public void lifeCycleStopping(LifeCycle event) {
        registry.drain();
    }
}
