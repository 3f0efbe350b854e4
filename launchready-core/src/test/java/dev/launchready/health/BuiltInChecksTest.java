package dev.launchready.health;

import static dev.launchready.health.HealthTesting.check;
import static dev.launchready.health.HealthTesting.health;
import static dev.launchready.health.HealthTesting.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk, HTTP and DataSource checks, and the set the settings ask for. */
class BuiltInChecksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CountDownLatch releaseHangingHandler = new CountDownLatch(1);
    private ExecutorService handlers;
    private HttpServer server;

    @TempDir
    Path temp;

    @BeforeEach
    void startServer() throws IOException {
        handlers = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        respond("/ok", 200);
        respond("/down", 503);
        respond("/missing", 404);
        respond("/unauthorized", 401);
        respond("/moved", 302);
        server.createContext("/hang", exchange -> {
            try {
                releaseHangingHandler.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        releaseHangingHandler.countDown();
        server.stop(0);
        handlers.shutdownNow();
        assertThat(handlers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    // --- disk -----------------------------------------------------------------------------------------

    @Test
    void diskSpacePassesWithEnoughFreeSpace() throws Exception {
        HealthCheck disk = HealthChecks.diskSpace(temp, 1, false);
        assertThat(disk.name()).isEqualTo("disk");
        assertThat(disk.critical()).isFalse();
        CheckResult r = disk.check();
        assertThat(r.status()).isEqualTo(HealthStatus.PASS);
        assertThat(r.output()).hasValueSatisfying(o -> assertThat(o).contains("MiB free"));
    }

    @Test
    void diskSpaceFailsBelowTheThreshold() throws Exception {
        HealthCheck disk = HealthChecks.diskSpace(temp, Long.MAX_VALUE, true);
        assertThat(disk.critical()).isTrue();
        assertThat(disk.check().status()).isEqualTo(HealthStatus.FAIL);
    }

    @Test
    void diskSpaceOfAMissingPathFailsThroughTheRegistry() {
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthChecks.diskSpace(temp.resolve("does-not-exist"), 1, true)).build()) {
            CheckReport r = check(registry.report(), "disk");
            assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
            assertThat(r.output()).hasValueSatisfying(o -> assertThat(o).contains("NoSuchFileException"));
        }
    }

    // --- http -----------------------------------------------------------------------------------------

    @Test
    void httpPassesOn200() throws Exception {
        CheckResult r = HealthChecks.http("api", url("/ok"), true, TIMEOUT).check();
        assertThat(r.status()).isEqualTo(HealthStatus.PASS);
        assertThat(r.output()).hasValue("HTTP 200 from " + url("/ok"));
    }

    @Test
    void httpFailsOn503() throws Exception {
        CheckResult r = HealthChecks.http("api", url("/down"), true, TIMEOUT).check();
        assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
        assertThat(r.output()).hasValueSatisfying(o -> assertThat(o).startsWith("HTTP 503"));
    }

    @Test
    void httpPassesOnAnyAnswerBelow500() throws Exception {
        for (String path : List.of("/missing", "/unauthorized", "/moved")) {
            assertThat(HealthChecks.http("api", url(path), true, TIMEOUT).check().status()).as(path)
                    .isEqualTo(HealthStatus.PASS);
        }
    }

    @Test
    void httpOutputDropsTheQueryString() throws Exception {
        URI withKey = URI.create(url("/ok") + "?api_key=s3cr3tKey");
        CheckResult r = HealthChecks.http("api", withKey, true, TIMEOUT).check();
        assertThat(r.output()).hasValue("HTTP 200 from " + url("/ok"));
        assertThat(HttpDependencyCheck.safe(URI.create("https://user:pw@api.example:8443/health?token=abc")))
                .isEqualTo("https://api.example:8443/health");
    }

    @Test
    void httpToAClosedPortFailsWithTheExceptionText() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/health");
        long start = System.nanoTime();
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthChecks.http("api", closed, true, TIMEOUT)).build()) {
            CheckReport r = check(registry.report(), "api");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no waiting for the timeout").isLessThan(TIMEOUT);
            assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
            // The JDK client throws a ConnectException without a message around a ClosedChannelException;
            // either way the text is the exception's, not a timeout.
            assertThat(r.output()).hasValueSatisfying(o -> assertThat(o)
                    .containsAnyOf("ConnectException", "ClosedChannelException").doesNotContain("timed out"));
        }
    }

    @Test
    void httpToAServerThatNeverAnswersTimesOutWithinTheRegistryTimeout() {
        HealthCheck hanging = HealthChecks.http("api", url("/hang"), false, Duration.ofMillis(300));
        long start = System.nanoTime();
        try (HealthRegistry registry = registry(health("timeout", "300ms"), clock, meters, hanging).build()) {
            CheckReport r = check(registry.report(), "api");
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
            assertThat(r.output()).hasValueSatisfying(o -> assertThat(o).containsAnyOf("timed out", "TimeoutException"));
            assertThat(tookMs).isLessThan(1_500);
        }
    }

    // --- data source ----------------------------------------------------------------------------------

    @Test
    void aValidConnectionPassesAndIsClosed() throws Exception {
        FakeDataSource ds = FakeDataSource.answering(true);
        HealthCheck check = HealthChecks.dataSource("database", ds, true, Duration.ofMillis(1_500));
        assertThat(check.name()).isEqualTo("database");
        assertThat(check.critical()).isTrue();
        assertThat(check.check().status()).isEqualTo(HealthStatus.PASS);
        assertThat(ds.closed).hasValue(1);
        assertThat(ds.lastValidTimeout).as("isValid gets the timeout rounded up to seconds").hasValue(2);
    }

    @Test
    void isValidNeverGetsZeroWhichWouldMeanForever() throws Exception {
        FakeDataSource ds = FakeDataSource.answering(true);
        HealthChecks.dataSource("database", ds, true, Duration.ofMillis(100)).check();
        assertThat(ds.lastValidTimeout).hasValue(1);
    }

    @Test
    void anInvalidConnectionFailsAndIsClosed() throws Exception {
        FakeDataSource ds = FakeDataSource.answering(false);
        CheckResult r = HealthChecks.dataSource("database", ds, true, TIMEOUT).check();
        assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
        assertThat(r.output()).hasValue("connection is not valid");
        assertThat(ds.closed).hasValue(1);
    }

    @Test
    void aBusyPoolOnlyWarns() {
        FakeDataSource ds = FakeDataSource.throwing(
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthChecks.dataSource("database", ds, true, TIMEOUT)).build()) {
            CheckReport r = check(registry.report(), "database");
            assertThat(r.status()).isEqualTo(HealthStatus.WARN);
            assertThat(r.output()).hasValueSatisfying(o -> assertThat(o).startsWith("pool busy: ")
                    .contains("SQLTransientConnectionException"));
            assertThat(registry.report().ready()).isFalse(); // still starting
            registry.markReady();
            assertThat(registry.report().ready()).isTrue();
        }
    }

    @Test
    void aConnectionFailureFailsWithTheSecretMasked() {
        FakeDataSource ds = FakeDataSource.throwing(new SQLException(
                "Access denied connecting to jdbc:mysql://db.internal:3306/app?user=root&password=hunter2 "
                        + "(using password: YES) password=hunter2"));
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthChecks.dataSource("database", ds, true, TIMEOUT)).build()) {
            CheckReport r = check(registry.report(), "database");
            assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
            assertThat(r.output()).hasValueSatisfying(o -> assertThat(o).startsWith("SQLException: Access denied")
                    .doesNotContain("hunter2", "db.internal", "root"));
        }
    }

    // --- from settings --------------------------------------------------------------------------------

    @Test
    void theDefaultsAskForTheDiskCheckOnly() {
        List<HealthCheck> checks = HealthChecks.fromSettings(LaunchReadySettings.defaults(), loader());
        assertThat(checks).extracting(HealthCheck::name).containsExactly("disk");
        assertThat(checks.get(0).critical()).isFalse();
    }

    @Test
    void theSettingsPickTheChecks() {
        LaunchReadySettings settings = LaunchReadySettings.from(Map.of(
                "launchready.health.disk.enabled", "false",
                "launchready.health.http.url", "https://api.example/health",
                "launchready.health.http.critical", "true")::get);
        List<HealthCheck> checks = HealthChecks.fromSettings(settings, loader());
        assertThat(checks).extracting(HealthCheck::name).containsExactly("http");
        assertThat(checks.get(0).critical()).isTrue();
    }

    @Test
    void aRedisUrlWithoutTheRedisModuleIsASettingsError() {
        LaunchReadySettings settings = LaunchReadySettings.from(Map.of(
                "launchready.redis.url", "redis://default:s3cretPw@cache.internal:6379")::get);
        assertThatThrownBy(() -> HealthChecks.fromSettings(settings, loader()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("launchready.redis.url")
                .hasMessageContaining("launchready-redis")
                .hasMessageNotContaining("s3cretPw")
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo("launchready.redis.url"));
    }

    private ClassLoader loader() {
        return getClass().getClassLoader();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void respond(String path, int status) {
        server.createContext(path, exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }
}
