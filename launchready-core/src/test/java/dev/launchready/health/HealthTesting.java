package dev.launchready.health;

import dev.launchready.config.HealthSettings;
import dev.launchready.config.LaunchReadySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/** Shared helpers for the health tests: real settings parsing, polling without sleeping, probes. */
final class HealthTesting {

    static final String WORKER_PREFIX = "launchready-health-";
    static final String TIMER_PREFIX = "launchready-health-timer-";

    private HealthTesting() {
    }

    /**
     * Health settings parsed the real way from {@code launchready.health.<suffix>} pairs, such as
     * {@code health("timeout", "100ms", "threads", "1")}. The disk check is irrelevant here.
     */
    static HealthSettings health(String... suffixAndValue) {
        if (suffixAndValue.length % 2 != 0) {
            throw new IllegalArgumentException("pairs expected");
        }
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < suffixAndValue.length; i += 2) {
            map.put("launchready.health." + suffixAndValue[i], suffixAndValue[i + 1]);
        }
        return LaunchReadySettings.from(Map.copyOf(map)::get).health();
    }

    static HealthRegistry.Builder registry(HealthSettings settings, MutableClock clock, SimpleMeterRegistry meters,
            HealthCheck... checks) {
        return HealthRegistry.builder(settings).clock(clock).meterRegistry(meters).checks(List.of(checks));
    }

    /** Polls {@code condition} every millisecond until it holds, failing after {@code within}. */
    static void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("gave up after " + within.toMillis() + " ms waiting for " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    static CheckReport check(HealthReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + report));
    }

    static HealthProbe get(String peer) {
        return new HealthProbe("GET", false, peer, false, null);
    }

    static HealthProbe publicGet() {
        return get("203.0.113.7");
    }

    static HealthProbe loopbackGet() {
        return get("127.0.0.1");
    }

    static String body(HealthAnswer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    /** Live threads whose names pass {@code filter}. */
    static Set<Thread> liveThreads(Predicate<String> filter) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> filter.test(t.getName())).collect(Collectors.toSet());
    }

    static boolean isWorker(String name) {
        return name.startsWith(WORKER_PREFIX) && !name.startsWith(TIMER_PREFIX);
    }

    static boolean isTimer(String name) {
        return name.startsWith(TIMER_PREFIX);
    }
}
