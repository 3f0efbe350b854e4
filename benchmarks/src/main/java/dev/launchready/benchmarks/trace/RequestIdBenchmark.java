package dev.launchready.benchmarks.trace;

import dev.launchready.client.ClientAddresses;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.servlet.LaunchReadyFilter;
import dev.launchready.trace.RequestIds;
import jakarta.servlet.FilterChain;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The request-ID stage (read the header, validate or generate, MDC put and restore through Logback's
 * adapter, response header) and the error-page wrapper, against a bare chain, on the same fake request.
 * Read the differences: {@code generated - bare} and {@code fromTrustedProxy - bare} are the stage's cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// Logback's MDC adapter, as in an app: the jar's SLF4J binding is slf4j-nop, whose MDC costs nothing.
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m",
    "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider"})
public class RequestIdBenchmark {

    private FakeExchange plain;
    private FakeExchange proxied;
    private LaunchReadyFilter idsOnly;
    private LaunchReadyFilter idsAndErrorPages;
    private final FilterChain chain = (request, response) -> { };

    @Setup
    public void setUp() {
        LaunchReadySettings settings = LaunchReadySettings.defaults();
        ClientAddresses clients = ClientAddresses.of(settings.client());
        idsOnly = LaunchReadyFilter.builder().requestIds(RequestIds.of(settings.trace()), clients).build();
        idsAndErrorPages = LaunchReadyFilter.builder().requestIds(RequestIds.of(settings.trace()), clients)
                .errorPages(UnaryOperator.identity()).build();
        plain = new FakeExchange("/members");
        proxied = new FakeExchange("/members");
        proxied.requestHeaders.put("X-Request-Id", "f47ac10b-58cc-4372-a567-0e02b2c3d479");
    }

    @Benchmark
    public void bare(Blackhole bh) throws Exception {
        plain.reset();
        chain.doFilter(plain.request, plain.response);
        bh.consume(plain.attributes);
    }

    @Benchmark
    public void generated(Blackhole bh) throws Exception {
        plain.reset();
        idsOnly.doFilter(plain.request, plain.response, chain);
        bh.consume(plain.responseHeaders);
    }

    @Benchmark
    public void fromTrustedProxy(Blackhole bh) throws Exception {
        proxied.reset();
        idsOnly.doFilter(proxied.request, proxied.response, chain);
        bh.consume(proxied.responseHeaders);
    }

    @Benchmark
    public void generatedWithErrorPages(Blackhole bh) throws Exception {
        plain.reset();
        idsAndErrorPages.doFilter(plain.request, plain.response, chain);
        bh.consume(plain.responseHeaders);
    }
}
