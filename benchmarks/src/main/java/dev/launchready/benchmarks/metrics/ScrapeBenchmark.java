package dev.launchready.benchmarks.metrics;

import dev.launchready.metrics.LatencyBuckets;
import dev.launchready.metrics.RequestTimers;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scrape of the example app's {@code /metrics}: the registry LaunchReady builds there (application
 * tag, JVM binders) with {@code labelSets} label sets of {@code http.server.requests} in LaunchReady's
 * buckets, written in the Prometheus text format the endpoint serves.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ScrapeBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScrapeBenchmark {

    @Param({"100"})
    public int labelSets;

    /** {@code launchready}: our 34 bounds; {@code spring-histogram}: percentiles-histogram on (66 + Inf). */
    @Param({"launchready", "spring-histogram"})
    public String layout;

    private PrometheusMeterRegistry registry;
    private JvmGcMetrics gc;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

    @Setup(Level.Trial)
    public void setUp() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", "membership-servlet");
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        RequestTimers timers = RequestTimers.of(registry, LatencyBuckets.defaults(), 500);
        String[] methods = {"GET", "POST"};
        int[] statuses = {200, 302, 401, 404, 500};
        for (int i = 0; i < labelSets; i++) {
            String uri = "/route" + (i / 10);
            int status = statuses[(i / 2) % 5];
            long nanos = 1_000_000L * (i % 700);
            if (layout.equals("launchready")) {
                timers.record(uri, methods[i % 2], status, null, nanos);
            } else {
                io.micrometer.core.instrument.Timer.builder("http.server.requests").publishPercentileHistogram()
                        .tags("uri", uri, "method", methods[i % 2], "status", Integer.toString(status), "outcome", "X",
                                "exception", "none", "error", "none")
                        .register(registry).record(nanos, TimeUnit.NANOSECONDS);
            }
        }
        System.out.println("scrape size: " + registry.scrape().length() + " characters");
    }

    @TearDown
    public void tearDown() {
        gc.close();
        registry.close();
    }

    @Benchmark
    public int scrape() throws Exception {
        out.reset();
        registry.scrape(out, "text/plain; version=0.0.4; charset=utf-8");
        return out.size();
    }
}
