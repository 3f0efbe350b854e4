package dev.launchready.health;

import static dev.launchready.health.HealthTesting.await;
import static dev.launchready.health.HealthTesting.check;
import static dev.launchready.health.HealthTesting.health;
import static dev.launchready.health.HealthTesting.liveThreads;
import static dev.launchready.health.HealthTesting.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Registration rules, results of odd checks, and the metrics every run records. */
class HealthRegistryTest {

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aDuplicateNameIsRejectedNamingTheName() {
        try (HealthRegistry registry = registry(health(), clock, meters, pass("database")).build()) {
            assertThatThrownBy(() -> registry.register(pass("database")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"database\"");
            assertThat(registry.checkNames()).containsExactly("database");
        }
    }

    @Test
    void aDuplicateNameInTheBuilderFailsTheBuildAndLeavesNoThreadBehind() {
        Set<Thread> before = liveThreads(name -> true);
        HealthRegistry.Builder builder = registry(health(), clock, meters, pass("cache"), pass("cache"));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"cache\"");

        await("the failed registry's threads to stop", Duration.ofSeconds(5), () -> {
            Set<Thread> left = liveThreads(name -> HealthTesting.isWorker(name) || HealthTesting.isTimer(name));
            left.removeAll(before);
            return left.isEmpty();
        });
    }

    @Test
    void blankAndMissingNamesAreRejected() {
        try (HealthRegistry registry = registry(health(), clock, meters).build()) {
            assertThatThrownBy(() -> registry.register(pass("")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> registry.register(pass("   ")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
            HealthCheck nameless = new HealthCheck() {
                @Override
                public String name() {
                    return null;
                }

                @Override
                public CheckResult check() {
                    return CheckResult.pass();
                }
            };
            assertThatThrownBy(() -> registry.register(nameless)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> registry.register(null)).isInstanceOf(NullPointerException.class);
            assertThat(registry.checkNames()).isEmpty();
            assertThat(registry.report().checks()).isEmpty();
        }
    }

    @Test
    void aCheckReturningNullFails() {
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthCheck.of("nothing", true, () -> null)).build()) {
            CheckReport r = check(registry.report(), "nothing");
            assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
            assertThat(r.output()).hasValue("check returned no result");
        }
    }

    @Test
    void checksAddedLaterJoinTheReportInOrder() {
        try (HealthRegistry registry = registry(health(), clock, meters, pass("a")).build()) {
            registry.register(pass("b"));
            registry.register(HealthCheck.of("c", false, () -> CheckResult.warn("slow")));
            assertThat(registry.checkNames()).containsExactly("a", "b", "c");
            HealthReport report = registry.report();
            assertThat(report.checks()).extracting(CheckReport::name).containsExactly("a", "b", "c");
            assertThat(report.overall()).isEqualTo(HealthStatus.WARN);
            assertThat(check(report, "c").critical()).isFalse();
        }
    }

    /** report() takes one snapshot of the checks; a registration racing it must never break it. */
    @Test
    void registeringWhileReportingNeverBreaksAReport() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService reporter = Executors.newSingleThreadExecutor();
        AtomicBoolean stop = new AtomicBoolean();
        try (HealthRegistry registry = registry(health(), clock, meters)
                .executors(Runnable::run, timer).build()) {
            Future<Integer> reports = reporter.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    registry.report();
                    n++;
                }
                return n;
            });
            for (int i = 0; i < 2_000; i++) {
                registry.register(pass("check-" + i));
            }
            stop.set(true);
            assertThat(reports.get(10, TimeUnit.SECONDS)).isPositive();
            assertThat(registry.report().checks()).hasSize(2_000);
        } finally {
            stop.set(true);
            reporter.shutdownNow();
            timer.shutdownNow();
        }
    }

    @Test
    void theStatusGaugeIsOneHalfOrZero() {
        try (HealthRegistry registry = registry(health(), clock, meters, pass("up"),
                HealthCheck.of("degraded", false, () -> CheckResult.warn("slow")),
                HealthCheck.of("down", true, () -> CheckResult.fail("refused"))).build()) {
            registry.report();
            assertThat(gauge("up").value()).isEqualTo(1.0);
            assertThat(gauge("degraded").value()).isEqualTo(0.5);
            assertThat(gauge("down").value()).isEqualTo(0.0);
            assertThat(gauge("down").getId().getTag("critical")).isEqualTo("true");
            assertThat(gauge("degraded").getId().getTag("critical")).isEqualTo("false");
        }
    }

    @Test
    void theGaugeFollowsTheLatestResultAndTheTimerCountsEveryRun() {
        AtomicBoolean healthy = new AtomicBoolean(true);
        try (HealthRegistry registry = registry(health("cache-ttl", "5s"), clock, meters,
                HealthCheck.of("toggle", true, () -> healthy.get() ? CheckResult.pass() : CheckResult.fail("x")))
                .build()) {
            registry.report();
            assertThat(gauge("toggle").value()).isEqualTo(1.0);
            assertThat(timer("toggle").count()).isEqualTo(1);

            healthy.set(false);
            clock.advance(Duration.ofSeconds(5));
            // The first run may still be finishing, so keep asking until the refresh has happened.
            await("the second run", Duration.ofSeconds(5),
                    () -> check(registry.report(), "toggle").status() == HealthStatus.FAIL);
            assertThat(timer("toggle").count()).isEqualTo(2);
            assertThat(gauge("toggle").value()).isEqualTo(0.0);
            assertThat(meters.find("launchready.health.check.timeouts").counter()).isNull();
        }
    }

    @Test
    void aCheckThatThrowsFailsWithTheExceptionText() {
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthCheck.of("boom", true, () -> {
                    throw new IllegalStateException("broken pipe");
                })).build()) {
            CheckReport r = check(registry.report(), "boom");
            assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
            assertThat(r.output()).hasValue("IllegalStateException: broken pipe");
        }
    }

    @Test
    void aClosedRegistryAnswersWithoutThrowing() {
        HealthRegistry registry = registry(health("cache-ttl", "1s"), clock, meters, pass("a")).build();
        registry.report();
        registry.close();
        clock.advance(Duration.ofSeconds(2));
        List<HealthStatus> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(check(registry.report(), "a").status());
        }
        assertThat(statuses).doesNotContain(HealthStatus.FAIL);
    }

    private Gauge gauge(String check) {
        Gauge g = meters.find("launchready.health.check.status").tag("check", check).gauge();
        assertThat(g).as("gauge for " + check).isNotNull();
        return g;
    }

    private Timer timer(String check) {
        Timer t = meters.find("launchready.health.check.duration").tag("check", check).timer();
        assertThat(t).as("timer for " + check).isNotNull();
        return t;
    }

    private static HealthCheck pass(String name) {
        return HealthCheck.of(name, true, CheckResult::pass);
    }
}
