package dev.launchready.health;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Per check: {@code launchready.health.check.duration} (timer), {@code launchready.health.check.status}
 * (gauge: 1 pass, 0.5 warn, 0 fail) and {@code launchready.health.check.timeouts} (counter).
 */
final class HealthMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<HealthStatus>> statuses = new ConcurrentHashMap<>();

    HealthMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void recorded(HealthCheck check, CheckReport report) {
        Timer.builder("launchready.health.check.duration")
                .description("How long each health check run took")
                .tag("check", check.name())
                .register(registry)
                .record(report.latency());
        statuses.computeIfAbsent(check.name(), name -> {
            AtomicReference<HealthStatus> ref = new AtomicReference<>(report.status());
            Gauge.builder("launchready.health.check.status", ref, r -> value(r.get()))
                    .description("Last status of each health check: 1 pass, 0.5 warn, 0 fail")
                    .tag("check", name)
                    .tag("critical", Boolean.toString(check.critical()))
                    .register(registry);
            return ref;
        }).set(report.status());
    }

    void timedOut(HealthCheck check) {
        Counter.builder("launchready.health.check.timeouts")
                .description("Health check runs that outlived their timeout")
                .tag("check", check.name())
                .register(registry)
                .increment();
    }

    private static double value(HealthStatus status) {
        return switch (status) {
            case PASS -> 1.0;
            case WARN -> 0.5;
            case FAIL -> 0.0;
        };
    }
}
