package dev.launchready.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Prometheus scrapes the example app (1 s interval) while failed logins load {@code POST /login}:
 * its {@code histogram_quantile(0.95, …)} must agree with the p95 the client measured, and every query of
 * the shipped Grafana dashboard must return data.
 */
class PrometheusScrapeIT {

    private static final int LOGINS = 60;
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningApp app;
    private static PrometheusProcess prometheus;
    private static String previousLimit;

    @BeforeAll
    static void start() throws Exception {
        // Random emails and a high per-address limit: every login runs the password hash, none is a 429.
        previousLimit = System.setProperty("launchready.ratelimit.login.per-ip", "100000/1m");
        app = MembershipServletApp.start(Map.of("PORT", "0"));
        prometheus = PrometheusProcess.scraping("127.0.0.1:" + app.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (app != null) {
            app.close();
        }
        if (previousLimit == null) {
            System.clearProperty("launchready.ratelimit.login.per-ip");
        } else {
            System.setProperty("launchready.ratelimit.login.per-ip", previousLimit);
        }
    }

    @Test
    void prometheusP95OfLoginAgreesWithTheClientsAndEveryDashboardQueryHasData() throws Exception {
        send("GET", "/healthz", null);
        send("GET", "/pricing", null);
        send("GET", "/no-such-page", null);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        // One client thread: no queueing of our own in front of the server, whose timer cannot see it.
        ExecutorService pool = Executors.newFixedThreadPool(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                long start = System.nanoTime();
                int status = send("POST", "/login", "email=visitor" + n + "%40example.com&password=wrong-" + n);
                nanos.add(System.nanoTime() - start);
                assertThat(status).isEqualTo(401);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        String loginBuckets = "http_server_requests_seconds_bucket{application=\"membership-servlet\",uri=\"/login\","
                + "method=\"POST\"}";
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                prometheus.scalar("sum(http_server_requests_seconds_count{uri=\"/login\",method=\"POST\"})"))
                .as("every login scraped").isEqualTo(LOGINS));

        // Cumulative counters at one instant: exactly the requests the client sent, no rate() extrapolation.
        double histogramP95 = prometheus.scalar("histogram_quantile(0.95, sum by (le) (" + loginBuckets + "))");
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double clientP95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1e9;
        System.out.printf("POST /login p95: client %.1f ms, Prometheus histogram_quantile %.1f ms (%+.1f %%)%n",
                clientP95 * 1000, histogramP95 * 1000, (histogramP95 - clientP95) / clientP95 * 100);
        // The server's timer starts at LaunchReady's filter, so the client's time also holds what it cannot
        // see (HTTP client, loopback, accept and parsing, waiting for a Jetty thread): on a loaded, shared
        // 2-core machine up to ~12 % here, so the server's own p95 lies in [0.88, 1.0] x the client's.
        // histogram_quantile then places it by linear interpolation inside the bucket holding it: with 60
        // samples it is exact only to that bucket (12 % wide here; within 3 % for smooth distributions,
        // LatencyBucketsTest). So: between the bucket bound below 0.88 x client p95 and the one above it.
        double low = bucketBelow(clientP95 * 0.88);
        double high = bucketAbove(clientP95);
        System.out.printf("accepted range %.1f-%.1f ms%n", low * 1000, high * 1000);
        assertThat(histogramP95).isBetween(low, high);

        String dashboard = Files.readString(Path.of("../../ops/grafana/launchready-dashboard.json"));
        Matcher expr = Pattern.compile("\"expr\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(dashboard);
        int queries = 0;
        while (expr.find()) {
            String promql = expr.group(1).replace("\\\"", "\"").replace("\\\\", "\\")
                    .replace("$application", "membership-servlet").replace("$instance", ".*")
                    .replace("$__rate_interval", "1m");
            // rate() needs two scrapes of a series; when the load fit in one scrape interval, wait for the next.
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(prometheus.query(promql)).as(promql).doesNotContain("\"result\":[]")
                            .contains("\"status\":\"success\""));
            queries++;
        }
        assertThat(queries).isGreaterThanOrEqualTo(10);
    }

    private static double bucketBelow(double seconds) {
        double below = 0;
        for (double bound : dev.launchready.metrics.LatencyBuckets.defaults().seconds()) {
            if (bound <= seconds) {
                below = bound;
            }
        }
        return below;
    }

    private static double bucketAbove(double seconds) {
        for (double bound : dev.launchready.metrics.LatencyBuckets.defaults().seconds()) {
            if (bound >= seconds) {
                return bound;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static int send(String method, String path, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(30));
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded").method(method,
                    HttpRequest.BodyPublishers.ofString(form));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
