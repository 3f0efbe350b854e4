package dev.launchready.health;

import static dev.launchready.health.HealthTesting.await;
import static dev.launchready.health.HealthTesting.body;
import static dev.launchready.health.HealthTesting.health;
import static dev.launchready.health.HealthTesting.loopbackGet;
import static dev.launchready.health.HealthTesting.publicGet;
import static dev.launchready.health.HealthTesting.registry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.health.HealthEndpoints.Endpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Status codes and public bodies of /livez, /readyz and /healthz across check results and phases. */
class HealthEndpointsTest {

    private static final String PASS = "{\"status\":\"pass\"}";
    private static final String WARN = "{\"status\":\"warn\"}";
    private static final String FAIL = "{\"status\":\"fail\"}";

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @ParameterizedTest
    @ValueSource(strings = {"/healthz", "/healthz/"})
    void healthzPathsMatch(String path) {
        assertThat(HealthEndpoints.match(path)).isEqualTo(Endpoint.HEALTHZ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/readyz", "/readyz/"})
    void readyzPathsMatch(String path) {
        assertThat(HealthEndpoints.match(path)).isEqualTo(Endpoint.READYZ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/livez/"})
    void livezPathsMatch(String path) {
        assertThat(HealthEndpoints.match(path)).isEqualTo(Endpoint.LIVEZ);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/healthzz", "/health", "/livez/x", "healthz", "/HEALTHZ", "/Livez", "/", "/livezz",
        "/readyzz", "//livez", "/livez//", "/readyz/x", "/healthz//", "xlivez", "/ready", "/healthz?x"})
    void otherPathsDoNotMatch(String path) {
        assertThat(HealthEndpoints.match(path)).isNull();
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void everyEndpointMatchesItsOwnPath(Endpoint endpoint) {
        assertThat(HealthEndpoints.match(endpoint.path())).isEqualTo(endpoint);
    }

    @Test
    void allPassingAnswersPassEverywhere() {
        try (HealthRegistry registry = registry(health(), clock, meters, ok("db", true)).build()) {
            registry.markReady();
            HealthEndpoints endpoints = HealthEndpoints.of(registry);
            for (Endpoint e : Endpoint.values()) {
                HealthAnswer a = endpoints.answer(e, publicGet());
                assertThat(a.status()).as(e.path()).isEqualTo(200);
                assertThat(body(a)).as(e.path()).isEqualTo(PASS);
                assertThat(a.contentType()).isEqualTo("application/health+json");
            }
        }
    }

    @Test
    void aCriticalFailureFailsHealthzAndReadyz() {
        try (HealthRegistry registry = registry(health(), clock, meters, ok("cache", false),
                failing("db", true)).build()) {
            registry.markReady();
            HealthEndpoints endpoints = HealthEndpoints.of(registry);

            HealthAnswer healthz = endpoints.answer(Endpoint.HEALTHZ, publicGet());
            assertThat(healthz.status()).isEqualTo(503);
            assertThat(body(healthz)).isEqualTo(FAIL);
            HealthAnswer readyz = endpoints.answer(Endpoint.READYZ, publicGet());
            assertThat(readyz.status()).isEqualTo(503);
            assertThat(body(readyz)).isEqualTo(FAIL);
            // Liveness never depends on a check.
            assertThat(endpoints.answer(Endpoint.LIVEZ, publicGet()).status()).isEqualTo(200);
        }
    }

    @Test
    void aNonCriticalFailureOnlyDegradesHealthz() {
        try (HealthRegistry registry = registry(health(), clock, meters, ok("db", true),
                failing("search", false)).build()) {
            registry.markReady();
            HealthEndpoints endpoints = HealthEndpoints.of(registry);

            HealthAnswer healthz = endpoints.answer(Endpoint.HEALTHZ, publicGet());
            assertThat(healthz.status()).isEqualTo(200);
            assertThat(body(healthz)).isEqualTo(WARN);
            HealthAnswer readyz = endpoints.answer(Endpoint.READYZ, publicGet());
            assertThat(readyz.status()).isEqualTo(200);
            assertThat(body(readyz)).isEqualTo(WARN);
        }
    }

    @Test
    void aWarningCheckKeepsBothEndpointsUp() {
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthCheck.of("pool", true, () -> CheckResult.warn("busy"))).build()) {
            registry.markReady();
            HealthEndpoints endpoints = HealthEndpoints.of(registry);
            assertThat(endpoints.answer(Endpoint.HEALTHZ, publicGet()).status()).isEqualTo(200);
            assertThat(body(endpoints.answer(Endpoint.HEALTHZ, publicGet()))).isEqualTo(WARN);
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(200);
        }
    }

    @Test
    void aRegistryWithoutChecksAnswersToo() {
        try (HealthRegistry registry = registry(health(), clock, meters).build()) {
            HealthEndpoints endpoints = HealthEndpoints.of(registry);
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(503);
            assertThat(endpoints.answer(Endpoint.HEALTHZ, loopbackGet()).status()).isEqualTo(200);
            registry.markReady();
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(200);
        }
    }

    @Test
    void readinessFollowsThePhases() {
        try (HealthRegistry registry = registry(health("drain-period", "0s"), clock, meters, ok("db", true))
                .build()) {
            HealthEndpoints endpoints = HealthEndpoints.of(registry);

            assertThat(registry.phase()).isEqualTo(Phase.STARTING);
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(503);
            assertThat(body(endpoints.answer(Endpoint.READYZ, publicGet()))).isEqualTo(FAIL);
            assertThat(endpoints.answer(Endpoint.LIVEZ, publicGet()).status()).isEqualTo(200);

            registry.markReady();
            assertThat(registry.phase()).isEqualTo(Phase.READY);
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(200);

            long start = System.nanoTime();
            registry.drain();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(registry.phase()).isEqualTo(Phase.DRAINING);
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(503);
            assertThat(endpoints.answer(Endpoint.LIVEZ, publicGet()).status()).isEqualTo(200);

            registry.markReady(); // too late: draining is final
            assertThat(registry.phase()).isEqualTo(Phase.DRAINING);
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(503);
        }
    }

    @Test
    void drainBlocksForTheDrainPeriodAndASecondCallWaitsForTheFirst() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (HealthRegistry registry = registry(health("drain-period", "200ms"), clock, meters, ok("db", true))
                .build()) {
            registry.markReady();
            HealthEndpoints endpoints = HealthEndpoints.of(registry);

            long start = System.nanoTime();
            Future<Long> first = other.submit(() -> {
                registry.drain();
                return System.nanoTime();
            });
            await("draining to begin", Duration.ofSeconds(5), () -> registry.phase() == Phase.DRAINING);
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(503);
            assertThat(endpoints.answer(Endpoint.LIVEZ, publicGet()).status()).isEqualTo(200);

            registry.drain(); // the second call
            long secondReturned = System.nanoTime();
            long firstReturned = first.get(5, TimeUnit.SECONDS);

            assertThat(Duration.ofNanos(firstReturned - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(Duration.ofNanos(secondReturned - start))
                    .as("the second drain() returns only once the first drain period is over")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(200))
                    .isLessThan(Duration.ofSeconds(2));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void oneDrainBlocksAboutThePeriod() {
        try (HealthRegistry registry = registry(health("drain-period", "200ms"), clock, meters).build()) {
            long start = System.nanoTime();
            registry.drain();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofSeconds(2));
            // A later call does not wait again.
            start = System.nanoTime();
            registry.drain();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        }
    }

    @Test
    void readinessRecoversOnItsOwnAfterTheTtl() {
        AtomicBoolean healthy = new AtomicBoolean(false);
        try (HealthRegistry registry = registry(health("cache-ttl", "5s"), clock, meters,
                HealthCheck.of("db", true, () -> healthy.get() ? CheckResult.pass() : CheckResult.fail("down")))
                .build()) {
            registry.markReady();
            HealthEndpoints endpoints = HealthEndpoints.of(registry);
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(503);

            healthy.set(true);
            // Within the TTL the cached failure is still the answer.
            assertThat(endpoints.answer(Endpoint.READYZ, publicGet()).status()).isEqualTo(503);

            clock.advance(Duration.ofSeconds(5));
            await("readiness to come back", Duration.ofSeconds(5),
                    () -> endpoints.answer(Endpoint.READYZ, publicGet()).status() == 200);
            assertThat(body(endpoints.answer(Endpoint.HEALTHZ, publicGet()))).isEqualTo(PASS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "get", "head"})
    void otherMethodsAre405(String method) {
        try (HealthRegistry registry = registry(health(), clock, meters, ok("db", true)).build()) {
            HealthEndpoints endpoints = HealthEndpoints.of(registry);
            for (Endpoint e : Endpoint.values()) {
                HealthAnswer a = endpoints.answer(e, new HealthProbe(method, false, "127.0.0.1", false, null));
                assertThat(a.status()).as(method + " " + e.path()).isEqualTo(405);
                assertThat(a.contentType()).isEqualTo("application/health+json");
            }
            assertThat(HealthEndpoints.allowedMethods()).isEqualTo("GET, HEAD");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "203.0.113.7"})
    void headAnswersLikeGet(String peer) {
        try (HealthRegistry registry = registry(health(), clock, meters, failing("db", true), ok("x", false))
                .build()) {
            HealthEndpoints endpoints = HealthEndpoints.of(registry);
            for (boolean ready : new boolean[] {false, true}) {
                if (ready) {
                    registry.markReady();
                }
                for (boolean verbose : new boolean[] {false, true}) {
                    for (Endpoint e : Endpoint.values()) {
                        HealthAnswer get = endpoints.answer(e, new HealthProbe("GET", verbose, peer, false, null));
                        HealthAnswer head = endpoints.answer(e, new HealthProbe("HEAD", verbose, peer, false, null));
                        assertThat(head.status()).as(e.path()).isEqualTo(get.status());
                        assertThat(head.contentType()).as(e.path()).isEqualTo(get.contentType());
                    }
                }
            }
        }
    }

    static HealthCheck ok(String name, boolean critical) {
        return HealthCheck.of(name, critical, CheckResult::pass);
    }

    static HealthCheck failing(String name, boolean critical) {
        return HealthCheck.of(name, critical, () -> CheckResult.fail("connection refused"));
    }
}
