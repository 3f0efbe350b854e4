package dev.launchready.benchmarks;

import dev.launchready.cache.CacheDecision;
import dev.launchready.cache.CachePolicy;
import dev.launchready.cache.CacheRequest;
import dev.launchready.cache.Served;
import dev.launchready.client.ClientAddress;
import dev.launchready.client.ClientAddresses;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.https.HttpsDecision;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.HttpsRequest;
import dev.launchready.https.SchemeClaims;
import dev.launchready.https.SecurityHeaders;
import dev.launchready.metrics.LatencyBuckets;
import dev.launchready.metrics.RequestTimers;
import dev.launchready.metrics.RouteTable;
import dev.launchready.servlet.LaunchReadyFilter;
import dev.launchready.trace.RequestIds;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * What the cache policy, the response wrapping and the HTTPS decision cost per request, in one run:
 * the two decisions alone, and a whole pass through {@link LaunchReadyFilter} (HTTPS decision with
 * the client resolved behind a trusted proxy, wrapper, policy and security headers at the first
 * write, a 4 KB body written once) against the same servlet called with no filter. The body goes
 * through as the servlet's own array: nothing is copied ({@link FakeExchange.Response} counts bytes
 * without buffering, so the bare and filtered arms differ only by LaunchReady's work).
 * {@code launchReadyDefaultsChain} adds what a page of the servlet example also passes by default:
 * the request ID (SLF4J's no-op MDC here), the error-page wrapper and request timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EdgeBenchmark {

    private static final byte[] BODY = new byte[4096];

    private CachePolicy policy;
    private HttpsRedirects redirects;
    private CacheRequest publicPage;
    private CacheRequest memberPage;
    private HttpsRequest httpsRequest;
    private Filter filter;
    private Filter defaults;
    private FilterChain servlet;

    @Setup
    public void setUp() throws ServletException {
        LaunchReadySettings settings = LaunchReadySettings.from(Map.of("launchready.https.host", "example.com",
                "launchready.https.aliases", "www.example.com", "launchready.health.drain-period", "0s")::get);
        policy = CachePolicy.of(settings.edge().cache());
        redirects = HttpsRedirects.of(settings.edge().https());
        publicPage = new CacheRequest("GET", "/pricing", "/pricing", 200, Served.APP, false, false, null);
        memberPage = new CacheRequest("GET", "/account/settings", "/account/settings", 200, Served.APP, true, false,
                "public, max-age=60");
        httpsRequest = new HttpsRequest("GET", "example.com", "/pricing", "plan=pro", "/pricing", false,
                new ClientAddress("203.0.113.9", "203.0.113.9/32", true, Optional.of("https"), false), SchemeClaims.HTTPS);
        filter = LaunchReadyFilter.builder().edge(redirects, policy, SecurityHeaders.of(settings.edge().headers()),
                ClientAddresses.of(settings.client())).build();
        // What the servlet example runs on every page by default, but the rate-limit match and the
        // health-path check: request ID, error pages, the edge stage and request timing.
        ClientAddresses clients = ClientAddresses.of(settings.client());
        defaults = LaunchReadyFilter.builder().requestIds(RequestIds.of(settings.trace()), clients)
                .errorPages(UnaryOperator.identity())
                .edge(redirects, policy, SecurityHeaders.of(settings.edge().headers()), clients)
                .metrics(RequestTimers.of(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                        LatencyBuckets.defaults(), 500), RouteTable.of(List.of("/pricing"))).build();
        servlet = (req, res) -> {
            res.setContentType("text/html;charset=UTF-8");
            res.setContentLength(BODY.length);
            res.getOutputStream().write(BODY);
        };
    }

    @Benchmark
    public CacheDecision cacheDecisionPublicPage() {
        return policy.decide(publicPage);
    }

    @Benchmark
    public CacheDecision cacheDecisionMember() {
        return policy.decide(memberPage);
    }

    @Benchmark
    public HttpsDecision httpsDecision() {
        return redirects.decide(httpsRequest);
    }

    @Benchmark
    public void bareChain(Blackhole bh) throws IOException, ServletException {
        FakeExchange exchange = new FakeExchange();
        servlet.doFilter(exchange.request, exchange.response);
        bh.consume(exchange.response.written());
    }

    @Benchmark
    public void launchReadyChain(Blackhole bh) throws IOException, ServletException {
        FakeExchange exchange = new FakeExchange();
        filter.doFilter(exchange.request, exchange.response, servlet);
        bh.consume(exchange.response.written());
    }

    @Benchmark
    public void launchReadyDefaultsChain(Blackhole bh) throws IOException, ServletException {
        FakeExchange exchange = new FakeExchange();
        defaults.doFilter(exchange.request, exchange.response, servlet);
        bh.consume(exchange.response.written());
    }
}
