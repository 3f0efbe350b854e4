package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.Limit;
import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthStatus;
import dev.launchready.ratelimit.store.Decision;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the shared store does when Redis dies, hangs or comes back: decisions from memory meanwhile (never
 * "no limit", never "everyone rejected"), one log line per switch without the password, a gauge, a health
 * check that warns, and decisions back on Redis after it recovers.
 */
class RedisFailoverIT {

    private static final String SECRET = "a-shared-secret-of-at-least-32-characters";
    private static final Duration TIMEOUT = Duration.ofMillis(150);

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void killMinusNineThenRestartLimitsHoldThroughoutAndComeBackOnRedis() throws Exception {
        RedisServerProcess redis = later(RedisServerProcess.start("--requirepass", "pa55-w0rd"));
        ListAppender<ILoggingEvent> logs = captureLogs();
        SharedRateLimitStore store = later(open(redis.url(":pa55-w0rd")));
        Limit limit = Limit.parse("5/1h");
        awaitConnected(store, later(new RedisProbe(redis.url(":pa55-w0rd"))));
        assertThat(take(store, "a", limit, 3)).containsExactly(true, true, true);
        assertThat(store.healthCheck().check().status()).isEqualTo(HealthStatus.PASS);

        redis.kill();

        // Key "a" starts afresh in memory (5 more), never unlimited; key "b" is limited in memory too.
        List<Boolean> during = take(store, "a", limit, 8);
        assertThat(during).containsExactly(true, true, true, true, true, false, false, false);
        assertThat(take(store, "b", limit, 6)).containsExactly(true, true, true, true, true, false);
        assertThat(store.inFallback()).isTrue();
        assertThat(meters.get("launchready.ratelimit.store.fallback").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("launchready.ratelimit.store.fallback.decisions").counter().count()).isGreaterThanOrEqualTo(12);
        CheckResult health = store.healthCheck().check();
        assertThat(health.status()).isEqualTo(HealthStatus.WARN);
        assertThat(store.healthCheck().critical()).isFalse();
        assertThat(health.output().orElseThrow()).contains("in memory").contains("127.0.0.1:" + redis.port())
                .doesNotContain("pa55-w0rd");

        redis.restart();
        // Back on Redis after the probe interval: the keys it holds again are the proof.
        RedisProbe probe = later(new RedisProbe(redis.url(":pa55-w0rd")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.inFallback() && System.nanoTime() < deadline) {
            store.take("c", limit);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        assertThat(store.inFallback()).as("back on Redis").isFalse();
        assertThat(take(store, "d", limit, 6)).containsExactly(true, true, true, true, true, false);
        assertThat(probe.sync().exists(RedisStore.PREFIX + "d")).isEqualTo(1);
        assertThat(meters.get("launchready.ratelimit.store.fallback").gauge().value()).isZero();
        assertThat(store.healthCheck().check().status()).isEqualTo(HealthStatus.PASS);

        List<String> ours = logs.list.stream().filter(e -> e.getLoggerName().startsWith("dev.launchready"))
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(ours).as("one line per switch").hasSize(2);
        assertThat(ours.get(0)).contains("Redis at 127.0.0.1:" + redis.port() + " failed").contains("deciding in memory");
        assertThat(ours.get(1)).contains("answers again");
        assertThat(logs.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("pa55-w0rd"));
    }

    @Test
    void aSlowRedisNeverHoldsADecisionPastTheTimeout() throws Exception {
        RedisServerProcess redis = later(RedisServerProcess.start("--enable-debug-command", "yes"));
        SharedRateLimitStore store = later(open(redis.url()));
        Limit limit = Limit.parse("3/1h");
        RedisProbe sleeper = later(new RedisProbe(redis.url()));
        awaitConnected(store, sleeper);

        CompletableFuture<String> sleeping = CompletableFuture.supplyAsync(() -> sleeper.debugSleep(2));
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100)); // let DEBUG SLEEP reach the server first

        List<Boolean> allowed = new ArrayList<>();
        long slowest = 0;
        for (int i = 0; i < 6; i++) {
            long started = System.nanoTime();
            Decision d = store.take("slow", limit);
            slowest = Math.max(slowest, System.nanoTime() - started);
            allowed.add(d.allowed());
        }
        assertThat(Duration.ofNanos(slowest)).as("slowest decision").isLessThan(TIMEOUT.plusMillis(400));
        assertThat(allowed).containsExactly(true, true, true, false, false, false);
        assertThat(store.inFallback()).isTrue();
        sleeping.get(5, TimeUnit.SECONDS);
    }

    @Test
    void redisOnWithoutASecretFailsAtStartupNamingTheSetting() {
        Map<String, String> settings = Map.of("launchready.redis.url", "redis://:hidden-pw@127.0.0.1:6399");
        assertThatThrownBy(() -> RedisRateLimits.open(LaunchReadySettings.from(settings::get), meters))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("launchready.ratelimit.secret: must be set, the same on every instance")
                .hasMessageNotContaining("hidden-pw");
    }

    private SharedRateLimitStore open(String url) {
        Map<String, String> settings = new HashMap<>();
        settings.put("launchready.redis.url", url);
        settings.put("launchready.ratelimit.secret", SECRET);
        settings.put("launchready.ratelimit.redis.timeout", TIMEOUT.toMillis() + "ms");
        settings.put("launchready.ratelimit.redis.probe-interval", "300ms");
        return RedisRateLimits.open(LaunchReadySettings.from(settings::get), meters);
    }

    /** The first decisions of a cold JVM may outrun the connection (and come from memory): wait until one does not. */
    private static void awaitConnected(SharedRateLimitStore store, RedisProbe probe) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (probe.sync().exists(RedisStore.PREFIX + "warm-up") == 0) {
            assertThat(System.nanoTime()).as("store connected within 10 s").isLessThan(deadline);
            store.take("warm-up", Limit.parse("1000/1s"));
        }
    }

    private static List<Boolean> take(SharedRateLimitStore store, String key, Limit limit, int n) {
        List<Boolean> allowed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            allowed.add(store.take(key, limit).allowed());
        }
        return allowed;
    }

    private ListAppender<ILoggingEvent> captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        toClose.add(() -> root.detachAppender(appender));
        return appender;
    }

    private <T extends AutoCloseable> T later(T closeable) {
        toClose.add(closeable);
        return closeable;
    }
}
