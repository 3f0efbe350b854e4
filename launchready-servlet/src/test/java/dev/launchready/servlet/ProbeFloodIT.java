package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Counting, not timing: what a flood of probes does to the dependencies behind them. */
class ProbeFloodIT {

    private static final int REQUESTS = 2_000;

    @Test
    void twoThousandProbesMakeOneCallPerCheck() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (JettyApp app = JettyApp.start(Map.of("launchready.health.cache-ttl", "1h",
                "launchready.health.drain-period", "0s", "launchready.health.disk.enabled", "false"),
                withCheck(HealthCheck.of("database", true, () -> {
                    calls.incrementAndGet();
                    return CheckResult.pass();
                })))) {
            List<Integer> statuses = flood(app, "/healthz", REQUESTS);
            assertThat(statuses).hasSize(REQUESTS).containsOnly(200);
            assertThat(calls.get()).isEqualTo(1);
        }
    }

    @Test
    void aHangingCheckNeitherHangsProbesNorGrowsThreads() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        try (JettyApp app = JettyApp.start(Map.of("launchready.health.timeout", "200ms",
                "launchready.health.cache-ttl", "50ms", "launchready.health.threads", "2",
                "launchready.health.drain-period", "0s", "launchready.health.disk.enabled", "false"),
                withCheck(HealthCheck.of("database", true, () -> {
                    calls.incrementAndGet();
                    awaitIgnoringInterrupts(never); // like a driver stuck in a socket read
                    return CheckResult.pass();
                })))) {
            try {
                // Let Jetty's pool and the client grow to their working size while the check already hangs.
                flood(app, "/readyz", 500);
                java.util.Set<String> namesBefore = names();
                List<Integer> statuses = flood(app, "/readyz", REQUESTS);
                assertThat(statuses).hasSize(REQUESTS).containsOnly(503);
                assertThat(calls.get()).as("the hung check is never called twice").isEqualTo(1);
                java.util.Set<String> grown = names();
                grown.removeAll(namesBefore);
                assertThat(grown).as("server threads started while a check hangs").hasSizeLessThanOrEqualTo(2);
                assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("launchready-health-"))
                        .as("health threads").hasSizeLessThanOrEqualTo(3); // two workers and the timer
                assertThat(Http.get(app.uri("/livez")).statusCode()).isEqualTo(200);
                assertThat(Http.get(app.uri("/")).body()).isEqualTo("app");
                assertThat(Http.get(app.uri("/readyz")).body()).contains("\"output\":\"timed out after 200 ms\"");
            } finally {
                never.countDown();
            }
        }
    }

    @Test
    void anInterruptibleHangingCheckIsRetriedButNeverTwiceAtOnce() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        try (JettyApp app = JettyApp.start(Map.of("launchready.health.timeout", "50ms",
                "launchready.health.cache-ttl", "10ms", "launchready.health.drain-period", "0s",
                "launchready.health.disk.enabled", "false"),
                withCheck(HealthCheck.of("database", true, () -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        never.await();
                    } finally {
                        running.decrementAndGet();
                    }
                    return CheckResult.pass();
                })))) {
            assertThat(flood(app, "/readyz", REQUESTS)).containsOnly(503);
            assertThat(mostAtOnce.get()).isEqualTo(1);
        } finally {
            never.countDown();
        }
    }

    private static java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        // The test's own client threads come and go with load; only the server side counts.
        Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> !n.startsWith("HttpClient-") && !n.startsWith("pool-")).forEach(names::add);
        return names;
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // keep hanging
            }
        }
    }

    static java.util.function.Consumer<org.eclipse.jetty.ee10.servlet.ServletContextHandler> withCheck(HealthCheck check) {
        return context -> context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                ServletHealth.registry(event.getServletContext()).register(check);
            }
        });
    }

    private static List<Integer> flood(JettyApp app, String path, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    HttpResponse<String> r = Http.get(app.uri(path));
                    return r.statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
