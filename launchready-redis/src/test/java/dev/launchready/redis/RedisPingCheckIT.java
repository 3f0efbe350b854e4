package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import dev.launchready.health.HealthChecks;
import dev.launchready.health.HealthStatus;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The Redis check against a real {@code redis-server} (install it with {@code scripts/ensure-servers.sh}). */
class RedisPingCheckIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeAll
    static void redisServerIsInstalledAndLettuceIsLoaded() throws Exception {
        RedisServerProcess.binary(); // fails, never skips, when it is missing
        // A cold JVM takes most of a second to load Lettuce and netty; the timings below are about Redis.
        try (RedisPingCheck warmUp = new RedisPingCheck("warm-up",
                URI.create("redis://127.0.0.1:" + RedisServerProcess.freePort()), false, TIMEOUT)) {
            warmUp.check();
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void passesAgainstALiveServerAndReusesItsConnection() throws Exception {
        RedisServerProcess redis = server();
        RedisPingCheck check = check(redis.url());

        assertThat(expect(check.check(), HealthStatus.PASS))
                .startsWith("redis at 127.0.0.1:" + redis.port() + ": PONG in ").endsWith(" ms");
        assertThat(check.name()).isEqualTo("redis");
        assertThat(check.critical()).isFalse();

        RedisClient probe = closeLater(RedisClient.create(redis.url()));
        StatefulRedisConnection<String, String> info = probe.connect();
        long connectionsBefore = connectionsReceived(info);
        for (int i = 0; i < 5; i++) {
            expect(check.check(), HealthStatus.PASS);
        }
        assertThat(connectionsReceived(info)).as("connections the server accepted during 5 more checks")
                .isEqualTo(connectionsBefore);
    }

    @Test
    void failsWithinTheTimeoutWhenNothingListens() throws Exception {
        int port = RedisServerProcess.freePort();
        RedisPingCheck check = check("redis://127.0.0.1:" + port);

        long started = System.nanoTime();
        CheckResult result = check.check();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(expect(result, HealthStatus.FAIL)).isEqualTo("redis at 127.0.0.1:" + port + ": connection refused");
        assertThat(took).isLessThan(TIMEOUT.plusMillis(500));
    }

    @Test
    void failsWithinTheTimeoutWhenTheServerNeverAnswers() throws Exception {
        // The kernel completes the TCP handshake for the backlog, but nobody ever reads or answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            RedisPingCheck check = check("redis://127.0.0.1:" + silent.getLocalPort());

            long started = System.nanoTime();
            CheckResult result = check.check();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(expect(result, HealthStatus.FAIL))
                    .isEqualTo("redis at 127.0.0.1:" + silent.getLocalPort() + ": no answer within "
                            + TIMEOUT.toMillis() + " ms");
            assertThat(took).isBetween(TIMEOUT.minusMillis(50), TIMEOUT.plusMillis(500));
        }
    }

    @Test
    void recoversByItselfWhenRedisComesBack() throws Exception {
        RedisServerProcess redis = server();
        RedisPingCheck check = check(redis.url());
        expect(check.check(), HealthStatus.PASS);

        redis.stop();
        CheckResult down = awaitStatus(check, HealthStatus.FAIL, Duration.ofSeconds(5));
        assertThat(down.output().orElseThrow()).startsWith("redis at 127.0.0.1:" + redis.port() + ": ");

        redis.restart();
        CheckResult up = awaitStatus(check, HealthStatus.PASS, Duration.ofSeconds(5));
        assertThat(up.output().orElseThrow()).contains(": PONG in ");
    }

    @Test
    void failsWhileRedisIsDownFromTheStartThenPassesOnceItIsUp() throws Exception {
        RedisServerProcess redis = server();
        redis.stop();
        RedisPingCheck check = check(redis.url());
        assertThat(expect(check.check(), HealthStatus.FAIL)).endsWith(": connection refused");
        assertThat(expect(check.check(), HealthStatus.FAIL)).endsWith(": connection refused");

        redis.restart();

        awaitStatus(check, HealthStatus.PASS, Duration.ofSeconds(5));
    }

    @Test
    void authenticatesWithThePasswordFromTheUrlAndNeverShowsIt() throws Exception {
        RedisServerProcess redis = server("--requirepass", "s3cret");
        ListAppender<ILoggingEvent> logs = captureLogs();

        RedisPingCheck good = check(redis.url(":s3cret"));
        assertThat(expect(good.check(), HealthStatus.PASS)).doesNotContain("s3cret");
        expect(check(redis.url("default:s3cret")).check(), HealthStatus.PASS);

        RedisPingCheck wrong = check(redis.url(":wr0ng-pa55"));
        assertThat(expect(wrong.check(), HealthStatus.FAIL))
                .startsWith("redis at 127.0.0.1:" + redis.port() + ": ")
                .doesNotContain("wr0ng-pa55").doesNotContain("redis://");

        assertThat(expect(check(redis.url()).check(), HealthStatus.FAIL)).containsIgnoringCase("auth");

        assertThat(good.toString()).doesNotContain("s3cret");
        assertThat(wrong.toString()).doesNotContain("wr0ng-pa55");
        assertThat(logs.list).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("s3cret").doesNotContain("wr0ng-pa55"));
    }

    @Test
    void theProviderIsFoundThroughTheServiceLoader() throws Exception {
        RedisServerProcess redis = server();
        ClassLoader loader = getClass().getClassLoader();

        List<HealthCheck> checks = HealthChecks.fromSettings(
                LaunchReadySettings.from(Map.of("launchready.redis.url", redis.url())::get), loader);
        checks.forEach(c -> {
            if (c instanceof AutoCloseable closeable) {
                toClose.add(closeable);
            }
        });

        HealthCheck redisCheck = checks.stream().filter(c -> c.name().equals("redis")).findFirst()
                .orElseThrow(() -> new AssertionError("no check named redis in " + checks));
        assertThat(redisCheck).isInstanceOf(AutoCloseable.class);
        assertThat(redisCheck.critical()).isFalse();
        expect(redisCheck.check(), HealthStatus.PASS);

        List<HealthCheck> critical = HealthChecks.fromSettings(LaunchReadySettings.from(Map.of(
                "launchready.redis.url", redis.url(), "launchready.health.redis.critical", "true")::get), loader);
        critical.forEach(c -> {
            if (c instanceof AutoCloseable closeable) {
                toClose.add(closeable);
            }
        });
        assertThat(critical).filteredOn(c -> c.name().equals("redis")).singleElement()
                .extracting(HealthCheck::critical).isEqualTo(true);

        assertThat(HealthChecks.fromSettings(LaunchReadySettings.defaults(), loader))
                .noneMatch(c -> c.name().equals("redis"));
    }

    @Test
    void closeShutsTheClientDownPromptlyAndLaterChecksFail() throws Exception {
        RedisServerProcess redis = server();
        RedisPingCheck check = check(redis.url());
        expect(check.check(), HealthStatus.PASS);

        long started = System.nanoTime();
        check.close();
        check.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        assertThat(expect(check.check(), HealthStatus.FAIL))
                .isEqualTo("redis at 127.0.0.1:" + redis.port() + ": check is closed");
    }

    private RedisServerProcess server(String... args) {
        return closeLater(RedisServerProcess.start(args));
    }

    private RedisPingCheck check(String url) {
        return closeLater(new RedisPingCheck("redis", URI.create(url), false, TIMEOUT));
    }

    private <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    /** Asserts the status, showing the whole result when it differs, and returns the output text. */
    private static String expect(CheckResult result, HealthStatus status) {
        assertThat(result.status()).as("status of %s", result).isEqualTo(status);
        return result.output().orElseThrow(() -> new AssertionError("no output in " + result));
    }

    /** Runs the check until it reports {@code status}, failing with the last result at the deadline. */
    private static CheckResult awaitStatus(HealthCheck check, HealthStatus status, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            CheckResult result = check.check();
            if (result.status() == status) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                return fail("still " + result + " after " + within + ", expected " + status);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private static long connectionsReceived(StatefulRedisConnection<String, String> connection) {
        Matcher m = Pattern.compile("total_connections_received:(\\d+)").matcher(connection.sync().info("stats"));
        assertThat(m.find()).as("INFO stats has total_connections_received").isTrue();
        return Long.parseLong(m.group(1));
    }

    private ListAppender<ILoggingEvent> captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        toClose.add(() -> root.detachAppender(appender));
        return appender;
    }
}
