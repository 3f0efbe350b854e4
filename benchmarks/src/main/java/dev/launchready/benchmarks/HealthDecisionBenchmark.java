package dev.launchready.benchmarks;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthAnswer;
import dev.launchready.health.HealthCheck;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.health.HealthProbe;
import dev.launchready.health.HealthRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Core's part alone: answering a probe from cached results of four checks (no servlet, no HTTP). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HealthDecisionBenchmark {

    private static final HealthProbe PUBLIC = new HealthProbe("GET", false, "203.0.113.1", true, null);
    private static final HealthProbe LOOPBACK = new HealthProbe("GET", false, "127.0.0.1", false, null);

    private HealthRegistry registry;
    private HealthEndpoints endpoints;

    @Setup(Level.Trial)
    public void start() {
        LaunchReadySettings settings = LaunchReadySettings.from(Map.of("launchready.health.cache-ttl", "1h",
                "launchready.health.disk.enabled", "false")::get);
        registry = HealthRegistry.builder(settings.health()).meterRegistry(new SimpleMeterRegistry())
                .checks(List.of(check("database"), check("redis"), check("payments"), check("search")))
                .build();
        registry.markReady();
        endpoints = HealthEndpoints.of(registry);
        endpoints.answer(HealthEndpoints.Endpoint.HEALTHZ, PUBLIC);
    }

    @TearDown(Level.Trial)
    public void stop() {
        registry.close();
    }

    @Benchmark
    public HealthAnswer publicHealthz() {
        return endpoints.answer(HealthEndpoints.Endpoint.HEALTHZ, PUBLIC);
    }

    @Benchmark
    public HealthAnswer detailedHealthz() {
        return endpoints.answer(HealthEndpoints.Endpoint.HEALTHZ, LOOPBACK);
    }

    private static HealthCheck check(String name) {
        return HealthCheck.of(name, true, CheckResult::pass);
    }
}
