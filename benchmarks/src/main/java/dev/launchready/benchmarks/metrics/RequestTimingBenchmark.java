package dev.launchready.benchmarks.metrics;

import dev.launchready.metrics.HttpServerRequestsFilter;
import dev.launchready.metrics.LatencyBuckets;
import dev.launchready.metrics.RequestTimers;
import dev.launchready.metrics.RouteTable;
import dev.launchready.servlet.LaunchReadyFilter;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * What timing a request costs, in one run, on one Prometheus registry with the same buckets:
 * LaunchReady's filter with its metrics stage, the same filter with metrics off (what the stage adds is
 * the difference), Spring's {@code ServerHttpObservationFilter} (observation + DefaultMeterObservationHandler,
 * Spring Boot's setup), and the bare chain. Meters are warm after the first call. Run with {@code -prof gc}
 * for the allocation per request.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RequestTimingBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestTimingBenchmark {

    private MockHttpServletRequest request;
    private MockHttpServletResponse response;
    private final FilterChain app = (req, res) -> ((HttpServletResponse) res).setStatus(200);
    private Filter launchReady;
    private Filter launchReadyWithoutMetrics;
    private Filter spring;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        LatencyBuckets buckets = LatencyBuckets.defaults();
        // Spring's meter gets the same buckets through the filter the starter installs.
        registry.config().meterFilter(HttpServerRequestsFilter.of("http.server.requests", buckets, 500, 100));
        launchReady = LaunchReadyFilter.builder().metrics(RequestTimers.of(registry, buckets, 500),
                RouteTable.of(List.of())).build();
        launchReadyWithoutMetrics = LaunchReadyFilter.builder().build();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(registry));
        spring = new ServerHttpObservationFilter(observations);

        request = new MockHttpServletRequest("POST", "/login");
        request.setHttpServletMapping(new MockHttpServletMapping("login", "/login", "login", MappingMatch.EXACT));
        response = new MockHttpServletResponse();
        for (int i = 0; i < 10_000; i++) { // warm meters and code paths
            launchReady();
            spring();
        }
    }

    @Benchmark
    public int bare() throws Exception {
        request.clearAttributes();
        app.doFilter(request, response);
        return response.getStatus();
    }

    @Benchmark
    public int launchReadyWithoutMetrics() throws Exception {
        request.clearAttributes();
        launchReadyWithoutMetrics.doFilter(request, response, app);
        return response.getStatus();
    }

    @Benchmark
    public int launchReady() throws Exception {
        request.clearAttributes();
        launchReady.doFilter(request, response, app);
        return response.getStatus();
    }

    @Benchmark
    public int spring() throws Exception {
        request.clearAttributes();
        spring.doFilter(request, response, app);
        return response.getStatus();
    }
}
