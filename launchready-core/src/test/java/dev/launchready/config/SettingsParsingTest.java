package dev.launchready.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Defaults, accepted forms, and the errors bad values produce. */
class SettingsParsingTest {

    private static final long MB = 1L << 20;

    @Test
    void theDefaults() {
        LaunchReadySettings s = LaunchReadySettings.defaults();
        HealthSettings h = s.health();
        assertThat(s.enabled()).isTrue();
        assertThat(s.redisUrl()).isEmpty();
        assertThat(h.enabled()).isTrue();
        assertThat(h.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(h.cacheTtl()).isEqualTo(Duration.ofSeconds(5));
        assertThat(h.threads()).isEqualTo(4);
        assertThat(h.drainPeriod()).isEqualTo(Duration.ofSeconds(10));
        assertThat(h.details()).isEqualTo(DetailsAccess.LOOPBACK_OR_TOKEN);
        assertThat(h.token()).isEmpty();
        assertThat(h.diskEnabled()).isTrue();
        assertThat(h.diskPath()).isEqualTo(".");
        assertThat(h.diskMinFreeBytes()).isEqualTo(100 * MB);
        assertThat(h.diskCritical()).isFalse();
        assertThat(h.httpUrl()).isEmpty();
        assertThat(h.httpCritical()).isFalse();
        assertThat(h.dataSourceJndiName()).isEmpty();
        assertThat(h.dataSourceCritical()).isTrue();
        assertThat(h.redisCritical()).isFalse();
    }

    @Test
    void everyKeysDefaultTextParsesWithItsOwnParser() {
        assertThat(Keys.ALL).isNotEmpty();
        for (Key<?> key : Keys.ALL) {
            assertThat(key.read(k -> null)).as(key.name()).isNotNull();
            assertThat(key.parser().apply(key.defaultText())).as(key.name()).isEqualTo(key.read(k -> null));
        }
    }

    @Test
    void keysAreUniqueAndAllListed() {
        assertThat(LaunchReadySettings.knownKeys()).doesNotHaveDuplicates().hasSize(Keys.ALL.size())
                .allSatisfy(k -> assertThat(k).startsWith("launchready.").matches("[a-z0-9.-]+"));
    }

    @ParameterizedTest
    @CsvSource({"500ms, 500", "2s, 2000", "1m, 60000", "1h, 3600000", "1d, 86400000", "PT2S, 2000", "pt1.5s, 1500",
        "P1D, 86400000", "' 3s ', 3000", "10ms, 10", "5 s, 5000", "2S, 2000"})
    void durationsWithAUnit(String text, long millis) {
        assertThat(settings("launchready.health.cache-ttl", text).health().cacheTtl()).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void zeroIsAValidDrainPeriodAndCacheTtl() {
        LaunchReadySettings s = LaunchReadySettings.from(Map.of("launchready.health.drain-period", "0s",
                "launchready.health.cache-ttl", "0ms")::get);
        assertThat(s.health().drainPeriod()).isZero();
        assertThat(s.health().cacheTtl()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "TRUE, true", "False, false"})
    void booleans(String text, boolean expected) {
        assertThat(settings("launchready.enabled", text).enabled()).isEqualTo(expected);
        assertThat(settings("launchready.health.disk.critical", text).health().diskCritical()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "64, 64", "' 8 ', 8"})
    void threadsFromOneTo64(String text, int expected) {
        assertThat(settings("launchready.health.threads", text).health().threads()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0B, 0", "512KB, 524288", "100MB, 104857600", "1GB, 1073741824", "2TB, 2199023255552", "1 gb, 1073741824",
        "8388607TB, 9223370937343148032"})
    void sizes(String text, long bytes) {
        assertThat(settings("launchready.health.disk.min-free", text).health().diskMinFreeBytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"loopback-or-token, LOOPBACK_OR_TOKEN", "never, NEVER", "NEVER, NEVER", "Loopback-Or-Token, LOOPBACK_OR_TOKEN"})
    void detailsChoices(String text, DetailsAccess expected) {
        assertThat(settings("launchready.health.details", text).health().details()).isEqualTo(expected);
    }

    @Test
    void detailsTokenWithAToken() {
        HealthSettings h = LaunchReadySettings.from(Map.of("launchready.health.details", "token",
                "launchready.health.token", "  abc123  ")::get).health();
        assertThat(h.details()).isEqualTo(DetailsAccess.TOKEN);
        assertThat(h.token()).hasValue("abc123");
    }

    @Test
    void urls() {
        assertThat(settings("launchready.health.http.url", "https://api.stripe.com/healthcheck").health().httpUrl())
                .hasValue(URI.create("https://api.stripe.com/healthcheck"));
        assertThat(settings("launchready.health.http.url", "HTTP://example.com").health().httpUrl()).isPresent();
        assertThat(settings("launchready.health.http.url", "").health().httpUrl()).isEmpty();
        assertThat(settings("launchready.redis.url", "rediss://user:pw@host:6380/0").redisUrl())
                .hasValue(URI.create("rediss://user:pw@host:6380/0"));
        assertThat(settings("launchready.redis.url", "redis://localhost:6379").redisUrl()).isPresent();
    }

    @Test
    void textSettings() {
        HealthSettings h = LaunchReadySettings.from(Map.of("launchready.health.disk.path", "/var/data",
                "launchready.health.datasource.jndi-name", "java:comp/env/jdbc/app")::get).health();
        assertThat(h.diskPath()).isEqualTo("/var/data");
        assertThat(h.dataSourceJndiName()).hasValue("java:comp/env/jdbc/app");
        assertThat(settings("launchready.health.disk.path", "  ").health().diskPath()).isEqualTo(".");
    }

    // --- bad values -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            launchready.health.timeout                | 2            | a duration with a unit
            launchready.health.timeout                | abc          | a duration with a unit
            launchready.health.timeout                | -1s          | a duration with a unit
            launchready.health.timeout                | 5x           | a duration with a unit
            launchready.health.timeout                | 5ms          | from 10ms to 5m
            launchready.health.timeout                | 0s           | from 10ms to 5m
            launchready.health.timeout                | 6m           | from 10ms to 5m
            launchready.health.cache-ttl              | 2d           | from 0s to 1d
            launchready.health.drain-period           | 11m          | from 0s (no drain) to 10m
            launchready.health.timeout                | PT-1S        | a duration with a unit
            launchready.health.timeout                | P            | a duration with a unit
            launchready.health.timeout                | 1.5s         | a duration with a unit
            launchready.health.cache-ttl              | 2            | a duration with a unit
            launchready.health.cache-ttl              | 999999999999999d | a duration with a unit
            launchready.health.cache-ttl              | 99999999999999999999ms | a duration with a unit
            launchready.health.drain-period           | -1s          | from 0s (no drain) to 10m
            launchready.health.drain-period           | 10 seconds   | a duration with a unit
            launchready.enabled                       | yes          | true or false
            launchready.health.enabled                | 1            | true or false
            launchready.health.disk.critical          | on           | true or false
            launchready.health.threads                | 0            | a whole number from 1 to 64
            launchready.health.threads                | 65           | a whole number from 1 to 64
            launchready.health.threads                | x            | a whole number from 1 to 64
            launchready.health.threads                | 4.0          | a whole number from 1 to 64
            launchready.health.threads                | 99999999999  | a whole number from 1 to 64
            launchready.health.disk.min-free          | 10           | a size with a unit
            launchready.health.disk.min-free          | 10XB         | a size with a unit
            launchready.health.disk.min-free          | 8388608TB    | a size with a unit
            launchready.health.disk.min-free          | 99999999999999999999B | a size with a unit
            launchready.health.disk.min-free          | -1MB         | a size with a unit
            launchready.health.details                | sometimes    | one of loopback-or-token, token, never
            launchready.health.http.url               | ftp://x      | an http or https URL
            launchready.health.http.url               | not a url    | an http or https URL
            launchready.health.http.url               | http://      | an http or https URL
            launchready.health.http.url               | /relative    | an http or https URL
            launchready.health.http.url               | redis://h:1  | an http or https URL
            launchready.ratelimit.rules               | contact POST /contact per-ip=1/1h | rules such as
            launchready.ratelimit.rules               | contact: FETCH /contact per-ip=1/1h | rules such as
            launchready.ratelimit.rules               | contact: POST contact per-ip=1/1h | rules such as
            launchready.ratelimit.rules               | contact: POST /contact | rules such as
            launchready.ratelimit.rules               | contact: POST /contact per-ip=lots | rules such as
            launchready.ratelimit.rules               | contact: POST /contact per-ip=1/1h per-ip=2/1h | rules such as
            launchready.ratelimit.rules               | contact: POST /contact per-day=1/1h | rules such as
            launchready.ratelimit.rules               | login: POST /x per-ip=1/1h | rules such as
            launchready.ratelimit.rules               | a: POST /a per-ip=1/1h; a: POST /b per-ip=1/1h | rules such as
            launchready.ratelimit.rules               | Bad Name: POST /a per-ip=1/1h | rules such as
            launchready.client.trusted-proxies        | 010.0.0.0/8  | comma-separated CIDR ranges
            launchready.client.trusted-proxies        | localhost    | comma-separated CIDR ranges
            launchready.client.trusted-proxies        | 10.0.0.0/33  | comma-separated CIDR ranges
            launchready.ratelimit.login.per-ip        | 30           | a count per duration
            launchready.ratelimit.login.per-ip        | 0/1m         | a count per duration
            launchready.ratelimit.login.paths         | login        | comma-separated paths
            launchready.ratelimit.secret              | short        | at least 32 characters
            """)
    void aBadValueNamesTheKeyTheValueAndWhatIsAccepted(String key, String value, String accepted) {
        InvalidSettingException e = invalid(key, value);
        assertThat(e.key()).isEqualTo(key);
        // URLs may carry credentials, so they are never echoed back
        String shown = key.endsWith(".url") || key.endsWith(".secret") ? "(secret, not shown)" : value;
        assertThat(e.getMessage()).startsWith(key + "=").contains("\"" + shown + "\"").contains(accepted)
                .contains("expected");
    }

    @Test
    void theFullMessageOfABadDuration() {
        assertThat(invalid("launchready.health.drain-period", "2").getMessage()).isEqualTo(
                "launchready.health.drain-period=\"2\" is not valid: expected a duration with a unit, such as 500ms,"
                        + " 2s, 1m or PT2S, from 0s (no drain) to 10m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"redis://user:s3cretPw@", "http://user:s3cretPw@cache:6379", "redis://:s3cretPw@bad host:6379",
        "s3cretPw", "rediss://default:s3cretPw@"})
    void aBadRedisUrlIsNeverEchoed(String value) {
        InvalidSettingException e = invalid("launchready.redis.url", value);
        assertThat(e.key()).isEqualTo("launchready.redis.url");
        assertThat(e.getMessage()).contains("launchready.redis.url").contains("secret, not shown")
                .contains("a Redis URL").doesNotContain("s3cretPw").doesNotContain(value);
        assertThat(e.getCause()).isNull();
        assertThat(e.toString()).doesNotContain("s3cretPw");
    }

    @Test
    void detailsTokenWithoutATokenNamesBothKeys() {
        for (Map<String, String> values : java.util.List.of(Map.of("launchready.health.details", "token"),
                Map.of("launchready.health.details", "token", "launchready.health.token", "   "))) {
            assertThatThrownBy(() -> LaunchReadySettings.from(values::get))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("launchready.health.details")
                    .hasMessageContaining("launchready.health.token")
                    .satisfies(e -> assertThat(((InvalidSettingException) e).key())
                            .isEqualTo("launchready.health.details"));
        }
    }

    @Test
    void toStringNeverShowsTheTokenOrTheRedisUrl() {
        LaunchReadySettings s = LaunchReadySettings.from(Map.of(
                "launchready.health.token", "tok-XYZ-123456",
                "launchready.health.details", "token",
                "launchready.redis.url", "redis://app:pw-987654@cache.internal:6379/2")::get);
        for (String text : new String[] {s.toString(), s.health().toString()}) {
            assertThat(text).doesNotContain("tok-XYZ-123456", "pw-987654", "redis://", "cache.internal");
        }
        assertThat(s.toString()).contains("(set)");
        assertThat(LaunchReadySettings.defaults().toString()).contains("(none)");
    }

    private static LaunchReadySettings settings(String key, String value) {
        return LaunchReadySettings.from(Map.of(key, value)::get);
    }

    private static InvalidSettingException invalid(String key, String value) {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> LaunchReadySettings.from(Map.of(key, value)::get));
        assertThat(e).as(key + "=" + value + " should be refused").isNotNull();
        return e;
    }
}
