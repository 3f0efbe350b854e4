package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
                flood(app, "/readyz", 500); // the first result (the timeout) is in: no probe waits from here on
                StuckProbes stuck = StuckProbes.watch();
                List<Integer> statuses;
                try {
                    statuses = flood(app, "/readyz", REQUESTS);
                } finally {
                    stuck.stop();
                }
                assertThat(statuses).hasSize(REQUESTS).containsOnly(503);
                assertThat(calls.get()).as("the hung check is never called twice").isEqualTo(1);
                assertThat(stuck.samples()).as("stack samples taken during the flood").isGreaterThan(0);
                assertThat(stuck.seen()).as("request threads seen waiting inside the health checks").isEmpty();
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

    /**
     * Samples every thread's stack while a flood runs and keeps the ones that wait inside the health
     * code for 50 ms or more without being a health worker: a request thread held by a hung check. A
     * brief lock wait does not count. (Counting the threads the server started instead depended on how
     * the container sized its pool under load.)
     */
    private static final class StuckProbes implements Runnable {
        private static final long HELD_NANOS = 50_000_000;
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final Map<Long, Long> waitingSince = new HashMap<>();
        private final AtomicInteger samples = new AtomicInteger();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "stuck-probe-sampler");

        static StuckProbes watch() {
            StuckProbes probes = new StuckProbes();
            probes.thread.setDaemon(true);
            probes.thread.start();
            return probes;
        }

        @Override
        public void run() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            while (running) {
                long now = System.nanoTime();
                Set<Long> waitingNow = new HashSet<>();
                // One ThreadInfo holds a state and a stack taken together.
                for (ThreadInfo t : threads.dumpAllThreads(false, false)) {
                    if (!t.getThreadName().startsWith("launchready-health-") && t.getThreadState() != Thread.State.RUNNABLE
                            && Arrays.stream(t.getStackTrace())
                                    .anyMatch(f -> f.getClassName().startsWith("dev.launchready.health."))) {
                        waitingNow.add(t.getThreadId());
                        long since = waitingSince.computeIfAbsent(t.getThreadId(), id -> now);
                        if (now - since >= HELD_NANOS) {
                            seen.add(t.getThreadName());
                        }
                    }
                }
                waitingSince.keySet().retainAll(waitingNow);
                samples.incrementAndGet();
                LockSupport.parkNanos(2_000_000);
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        int samples() {
            return samples.get();
        }

        Set<String> seen() {
            return seen;
        }
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
