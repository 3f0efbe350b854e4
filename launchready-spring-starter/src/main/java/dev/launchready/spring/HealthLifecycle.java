package dev.launchready.spring;

import dev.launchready.health.HealthEndpoints;
import dev.launchready.health.HealthRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * Readiness follows the app's life: ready once Spring Boot says the app is ready, draining from the
 * first moment of shutdown. Its phase is the highest, so it stops before the web server's graceful
 * shutdown (which closes the connectors) and the server keeps serving through the drain.
 */
final class HealthLifecycle implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(HealthLifecycle.class);

    private final HealthRegistry registry;
    private final HealthEndpoints endpoints;
    private volatile boolean running;

    HealthLifecycle(HealthRegistry registry, HealthEndpoints endpoints) {
        this.registry = registry;
        this.endpoints = endpoints;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        registry.markReady();
        log.info(endpoints.summary());
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        registry.drain();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
