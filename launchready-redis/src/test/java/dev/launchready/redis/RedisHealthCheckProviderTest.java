package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.HealthCheck;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The provider and the check's texts, without a Redis server (those tests are in {@link RedisPingCheckIT}). */
class RedisHealthCheckProviderTest {

    private final RedisHealthCheckProvider provider = new RedisHealthCheckProvider();

    @Test
    void noCheckWithoutAUrl() {
        assertThat(provider.checks(LaunchReadySettings.defaults())).isEmpty();
    }

    @Test
    void oneRedisCheckWithAUrlCriticalAsConfigured() throws Exception {
        List<HealthCheck> checks = provider.checks(LaunchReadySettings.from(Map.of(
                "launchready.redis.url", "redis://:s3cret@localhost:6390/2",
                "launchready.health.redis.critical", "true")::get));

        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo("redis");
            assertThat(check.critical()).isTrue();
            assertThat(check).isInstanceOf(AutoCloseable.class);
            assertThat(check.toString()).contains("localhost:6390").doesNotContain("s3cret");
        });
        ((AutoCloseable) checks.get(0)).close(); // never connected: nothing to shut down
    }

    @Test
    void reasonsAreShortAndNeverCarryThePassword() {
        try (RedisPingCheck check = new RedisPingCheck("redis", URI.create("rediss://app:p%40ss-w0rd@cache.internal:6380"),
                false, Duration.ofMillis(1500))) {
            assertThat(check.reason(new RedisConnectionException("Unable to connect to cache.internal:6380",
                    new ConnectException("Connection refused: cache.internal/10.0.0.7:6380"))))
                    .isEqualTo("connection refused");
            assertThat(check.reason(new TimeoutException())).isEqualTo("no answer within 1500 ms");
            assertThat(check.reason(new ExecutionException(new RedisConnectionException("Unable to connect",
                    new RedisCommandExecutionException("WRONGPASS invalid username-password pair")))))
                    .isEqualTo("WRONGPASS invalid username-password pair");
            assertThat(check.reason(new IllegalStateException("auth app:p@ss-w0rd failed\nfor app:p%40ss-w0rd")))
                    .isEqualTo("auth *** failed for ***")
                    .doesNotContain("\n");
            assertThat(check.reason(new IllegalStateException("x".repeat(1000)))).hasSizeLessThanOrEqualTo(160);
            assertThat(check.toString()).isEqualTo("RedisPingCheck[redis, redis at cache.internal:6380]");
        }
    }
}
