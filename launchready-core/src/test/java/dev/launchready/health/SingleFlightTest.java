package dev.launchready.health;

import static dev.launchready.health.HealthTesting.await;
import static dev.launchready.health.HealthTesting.check;
import static dev.launchready.health.HealthTesting.health;
import static dev.launchready.health.HealthTesting.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Whatever the request rate, a check runs at most once per TTL and callers never wait on a run. */
class SingleFlightTest {

    private static final int CALLERS = 8;
    private static final int CALLS = 2_000;

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger runs = new AtomicInteger();
    private final HealthCheck counting = HealthCheck.of("counting", true, () -> {
        runs.incrementAndGet();
        return CheckResult.pass();
    });
    private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

    @AfterEach
    void stopCallers() throws InterruptedException {
        callers.shutdownNow();
        assertThat(callers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void twoThousandConcurrentCallsWithinTheTtlRunTheCheckOnce() throws Exception {
        try (HealthRegistry registry = registry(health("cache-ttl", "5s"), clock, meters, counting).build()) {
            assertThat(check(registry.report(), "counting").status()).isEqualTo(HealthStatus.PASS);
            assertThat(runs).hasValue(1);

            List<HealthReport> seen = burst(registry, null);

            assertThat(seen).hasSize(CALLS).allSatisfy(r -> assertThat(r.overall()).isEqualTo(HealthStatus.PASS));
            assertThat(runs).hasValue(1);

            clock.advance(Duration.ofMillis(4_999)); // one millisecond short of the TTL
            burst(registry, null);
            assertThat(runs).hasValue(1);
        }
    }

    @RepeatedTest(10)
    void aBurstRightAtExpiryStartsExactlyOneMoreRun() throws Exception {
        try (HealthRegistry registry = registry(health("cache-ttl", "5s"), clock, meters, counting).build()) {
            Instant firstRun = check(registry.report(), "counting").checkedAt();
            assertThat(runs).hasValue(1);

            clock.advance(Duration.ofSeconds(5)); // exactly the TTL: the result is now stale
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<List<HealthReport>>> bursts = startBurst(registry, gate);
            gate.countDown();
            for (Future<List<HealthReport>> f : bursts) {
                f.get(10, TimeUnit.SECONDS);
            }
            await("the refreshed result", Duration.ofSeconds(5),
                    () -> check(registry.report(), "counting").checkedAt().isAfter(firstRun));

            assertThat(runs).hasValue(2);
            burst(registry, null); // the fresh result is served without another run
            assertThat(runs).hasValue(2);
        }
    }

    @Test
    void whileARunIsInFlightCallersGetThePreviousResultWithoutWaiting() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (Hang hang = new Hang()) {
            HealthCheck slowSecondTime = HealthCheck.of("slow", true, () -> {
                if (calls.incrementAndGet() > 1) {
                    hang.block();
                    return CheckResult.pass("second");
                }
                return CheckResult.pass("first");
            });
            // The timeout is long so that only the latch decides when the second run ends.
            try (HealthRegistry registry = registry(health("cache-ttl", "5s", "timeout", "30s"), clock, meters,
                    slowSecondTime).build()) {
                CheckReport first = check(registry.report(), "slow");
                assertThat(first.output()).contains("first");

                clock.advance(Duration.ofSeconds(6));
                // Starts the refresh (once the first run has fully finished) and never waits for it.
                await("the refresh to start", Duration.ofSeconds(5), () -> {
                    assertThat(check(registry.report(), "slow")).isEqualTo(first);
                    return hang.runs() == 1;
                });
                hang.awaitEntered();

                List<HealthReport> seen = burst(registry, null); // all while the run is blocked
                assertThat(seen).allSatisfy(r -> assertThat(check(r, "slow")).isEqualTo(first));
                assertThat(calls).hasValue(2);
                assertThat(hang.finished()).isZero();

                hang.release();
                await("the second result", Duration.ofSeconds(5),
                        () -> check(registry.report(), "slow").output().orElse("").equals("second"));
                assertThat(calls).hasValue(2);
            }
        }
    }

    /**
     * The race behind a double run: a caller reads the stale result, another caller refreshes it
     * completely, and only then does the first caller try to start a refresh. It must see that the
     * result is fresh again. Checks run inline here so the interleaving is exact.
     */
    @Test
    void aCallerThatSawTheOldResultDoesNotRerunACheckThatJustFinished() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (HealthRegistry registry = registry(health("cache-ttl", "5s"), clock, meters, counting)
                .executors(Runnable::run, timer).build()) {
            assertThat(runs).hasValue(1);
            clock.advance(Duration.ofSeconds(5));

            CountDownLatch paused = new CountDownLatch(1);
            CountDownLatch resume = new CountDownLatch(1);
            Future<HealthReport> slowCaller = callers.submit(() -> {
                clock.trapNextRead(Thread.currentThread(), paused, resume);
                return registry.report(); // reads the stale result, then stops on the clock
            });
            assertThat(paused.await(5, TimeUnit.SECONDS)).isTrue();

            registry.report(); // refreshes inline
            assertThat(runs).hasValue(2);

            resume.countDown();
            slowCaller.get(5, TimeUnit.SECONDS);
            assertThat(runs).as("runs after the slow caller went on").hasValue(2);
        } finally {
            timer.shutdownNow();
        }
    }

    /** {@value #CALLS} calls to report() from {@value #CALLERS} threads, all released by one gate. */
    private List<HealthReport> burst(HealthRegistry registry, CountDownLatch gate) throws Exception {
        CountDownLatch start = gate == null ? new CountDownLatch(1) : gate;
        List<Future<List<HealthReport>>> futures = startBurst(registry, start);
        start.countDown();
        List<HealthReport> all = new ArrayList<>();
        for (Future<List<HealthReport>> f : futures) {
            all.addAll(f.get(10, TimeUnit.SECONDS));
        }
        return all;
    }

    private List<Future<List<HealthReport>>> startBurst(HealthRegistry registry, CountDownLatch gate) {
        List<Future<List<HealthReport>>> futures = new ArrayList<>();
        for (int t = 0; t < CALLERS; t++) {
            futures.add(callers.submit(() -> {
                gate.await();
                List<HealthReport> mine = new ArrayList<>(CALLS / CALLERS);
                for (int i = 0; i < CALLS / CALLERS; i++) {
                    mine.add(registry.report());
                }
                return mine;
            }));
        }
        return futures;
    }
}
