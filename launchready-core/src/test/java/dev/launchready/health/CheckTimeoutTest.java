package dev.launchready.health;

import static dev.launchready.health.HealthTesting.await;
import static dev.launchready.health.HealthTesting.body;
import static dev.launchready.health.HealthTesting.check;
import static dev.launchready.health.HealthTesting.health;
import static dev.launchready.health.HealthTesting.isTimer;
import static dev.launchready.health.HealthTesting.isWorker;
import static dev.launchready.health.HealthTesting.liveThreads;
import static dev.launchready.health.HealthTesting.publicGet;
import static dev.launchready.health.HealthTesting.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A check that hangs is failed at its timeout, holds one thread at most, and never gets a second caller. */
class CheckTimeoutTest {

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aCheckThatNeverReturnsFailsAtItsTimeout() {
        try (Hang hang = new Hang();
                HealthRegistry registry = registry(health("timeout", "100ms"), clock, meters,
                        hang.check("stuck", true)).build()) {
            long start = System.nanoTime();
            await("the timeout to be recorded", Duration.ofSeconds(1),
                    () -> check(registry.report(), "stuck").status() == HealthStatus.FAIL);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            CheckReport stuck = check(registry.report(), "stuck");
            assertThat(stuck.output()).contains("timed out after 100 ms");
            assertThat(stuck.latency()).isEqualTo(Duration.ofMillis(100));
            assertThat(elapsedMs).isLessThan(1_000);
            assertThat(timeouts("stuck")).isEqualTo(1.0);
            assertThat(hang.finished()).as("the check itself is still hanging").isZero();
        }
    }

    @Test
    void whileItHangsNoSecondRunStartsAndThreadsStayBounded() throws Exception {
        Set<Thread> before = liveThreads(name -> true);
        try (Hang hang = new Hang();
                HealthRegistry registry = registry(health("timeout", "100ms", "cache-ttl", "1s", "threads", "2"),
                        clock, meters, hang.check("stuck", false)).build()) {
            hang.awaitEntered();
            await("the timeout", Duration.ofSeconds(1),
                    () -> check(registry.report(), "stuck").status() == HealthStatus.FAIL);
            // The timed-out run is interrupted; this check, like a driver stuck in a socket read, ignores it.
            await("the interrupt", Duration.ofSeconds(1), () -> hang.interrupts() >= 1);

            Set<Thread> maxWorkers = new HashSet<>();
            for (int round = 0; round < 5; round++) {
                clock.advance(Duration.ofSeconds(2)); // well past the TTL each time
                for (int i = 0; i < 200; i++) {
                    HealthReport report = registry.report();
                    assertThat(check(report, "stuck").status()).isEqualTo(HealthStatus.FAIL);
                    Set<Thread> workers = liveThreads(HealthTesting::isWorker);
                    workers.removeAll(before);
                    maxWorkers.addAll(workers);
                }
            }

            assertThat(hang.runs()).as("runs of the hanging check").isEqualTo(1);
            assertThat(timeouts("stuck")).isEqualTo(1.0);
            assertThat(maxWorkers).as("health worker threads ever seen").hasSizeLessThanOrEqualTo(2);
            Set<Thread> timers = liveThreads(name -> isTimer(name));
            timers.removeAll(before);
            assertThat(timers).as("timer threads").hasSizeLessThanOrEqualTo(1);
            Set<Thread> all = liveThreads(name -> isWorker(name) || isTimer(name));
            all.removeAll(before);
            assertThat(all).as("all launchready-health-* threads").hasSizeLessThanOrEqualTo(2 + 1);
        }
    }

    @Test
    void aCheckThatHonoursTheInterruptIsRetriedAfterTheTtl() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        HealthCheck firstHangs = HealthCheck.of("flaky", true, () -> {
            if (calls.incrementAndGet() == 1) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw e;
                }
            }
            return CheckResult.pass();
        });
        try (HealthRegistry registry = registry(health("timeout", "100ms", "cache-ttl", "1s"), clock, meters,
                firstHangs).build()) {
            assertThat(check(registry.report(), "flaky").status()).isEqualTo(HealthStatus.FAIL);
            assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            clock.advance(Duration.ofSeconds(2));
            await("the retry to pass", Duration.ofSeconds(5),
                    () -> check(registry.report(), "flaky").status() == HealthStatus.PASS);
            assertThat(calls).hasValue(2);
        } finally {
            never.countDown();
        }
    }

    @Test
    void aCheckQueuedBehindAHungOneOnABusyPoolWarnsAndNeverFails() throws Exception {
        AtomicInteger queuedRuns = new AtomicInteger();
        HealthCheck queued = HealthCheck.of("queued", true, () -> {
            queuedRuns.incrementAndGet();
            return CheckResult.pass();
        });
        try (Hang hang = new Hang();
                HealthRegistry registry = registry(health("timeout", "100ms", "cache-ttl", "1s", "threads", "1"),
                        clock, meters, hang.check("stuck", false), queued).build()) {
            hang.awaitEntered();
            registry.markReady();
            await("both checks settled", Duration.ofSeconds(2), () -> {
                HealthReport r = registry.report();
                return check(r, "stuck").status() == HealthStatus.FAIL
                        && check(r, "queued").status() == HealthStatus.WARN;
            });

            for (int round = 0; round < 3; round++) {
                clock.advance(Duration.ofSeconds(2));
                // The next attempt waits in the queue until its own timeout gives up on it: WARN, never FAIL.
                for (int i = 0; i < 50; i++) {
                    assertThat(check(registry.report(), "queued").status()).isNotEqualTo(HealthStatus.FAIL);
                }
            }
            CheckReport q = check(registry.report(), "queued");
            assertThat(q.status()).isEqualTo(HealthStatus.WARN);
            assertThat(q.output()).hasValueSatisfying(o -> assertThat(o).contains("pool busy"));
            assertThat(queuedRuns).as("the queued check never got a thread").hasValue(0);

            HealthEndpoints endpoints = HealthEndpoints.of(registry);
            HealthAnswer healthz = endpoints.answer(HealthEndpoints.Endpoint.HEALTHZ, publicGet());
            assertThat(healthz.status()).isEqualTo(200);
            assertThat(body(healthz)).isEqualTo("{\"status\":\"warn\"}");
            assertThat(endpoints.answer(HealthEndpoints.Endpoint.READYZ, publicGet()).status()).isEqualTo(200);

            // Once the dependency answers again, the pool frees up and the queued check passes.
            hang.release();
            await("the queued check to pass", Duration.ofSeconds(5), () -> {
                clock.advance(Duration.ofSeconds(2));
                return check(registry.report(), "queued").status() == HealthStatus.PASS;
            });
        }
    }

    private double timeouts(String name) {
        Counter counter = meters.find("launchready.health.check.timeouts").tag("check", name).counter();
        return counter == null ? 0 : counter.count();
    }
}
