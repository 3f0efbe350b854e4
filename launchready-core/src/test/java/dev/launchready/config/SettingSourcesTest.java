package dev.launchready.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Environment names, system properties and first-answer-wins chains. */
class SettingSourcesTest {

    @Test
    void environmentNames() {
        assertThat(SettingSources.environmentName("launchready.health.drain-period"))
                .isEqualTo("LAUNCHREADY_HEALTH_DRAIN_PERIOD");
        assertThat(SettingSources.environmentName("launchready.health.datasource.jndi-name"))
                .isEqualTo("LAUNCHREADY_HEALTH_DATASOURCE_JNDI_NAME");
        assertThat(Keys.HEALTH_DRAIN_PERIOD.environmentName()).isEqualTo("LAUNCHREADY_HEALTH_DRAIN_PERIOD");
    }

    @Test
    void theEnvironmentFeedsTheSettings() {
        Map<String, String> env = Map.of("LAUNCHREADY_HEALTH_DRAIN_PERIOD", "3s", "PATH", "/usr/bin",
                "launchready.health.timeout", "9s"); // a dotted name is not an environment variable name
        LaunchReadySettings s = LaunchReadySettings.from(SettingSources.environment(env));
        assertThat(s.health().drainPeriod()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.health().timeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theEnvironmentLookupIsACopy() {
        Map<String, String> env = new HashMap<>(Map.of("LAUNCHREADY_HEALTH_THREADS", "2"));
        Function<String, String> lookup = SettingSources.environment(env);
        env.put("LAUNCHREADY_HEALTH_THREADS", "9");
        assertThat(lookup.apply("launchready.health.threads")).isEqualTo("2");
    }

    @Test
    void properties() {
        Properties p = new Properties();
        p.setProperty("launchready.health.threads", "7");
        assertThat(LaunchReadySettings.from(SettingSources.properties(p)).health().threads()).isEqualTo(7);
    }

    @Test
    void theFirstNonBlankAnswerWins() {
        Function<String, String> initParams = Map.of("launchready.health.timeout", "1s")::get;
        Function<String, String> sysProps = Map.of("launchready.health.timeout", "3s",
                "launchready.health.threads", "5")::get;
        Function<String, String> env = SettingSources.environment(Map.of("LAUNCHREADY_HEALTH_TIMEOUT", "4s",
                "LAUNCHREADY_HEALTH_THREADS", "6", "LAUNCHREADY_HEALTH_CACHE_TTL", "7s"));
        LaunchReadySettings s = LaunchReadySettings.from(SettingSources.firstOf(List.of(initParams, sysProps, env)));
        assertThat(s.health().timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.health().threads()).isEqualTo(5);
        assertThat(s.health().cacheTtl()).isEqualTo(Duration.ofSeconds(7));
        assertThat(s.health().drainPeriod()).isEqualTo(Duration.ofSeconds(10)); // nobody set it: the default
    }

    @Test
    void blankAnswersAreSkipped() {
        Function<String, String> blank = Map.of("launchready.health.timeout", "", "launchready.health.threads", "  \t")::get;
        Function<String, String> real = Map.of("launchready.health.timeout", "750ms",
                "launchready.health.threads", "3")::get;
        Function<String, String> chain = SettingSources.firstOf(List.of(blank, real));
        assertThat(chain.apply("launchready.health.timeout")).isEqualTo("750ms");
        assertThat(chain.apply("launchready.health.threads")).isEqualTo("3");
        assertThat(SettingSources.firstOf(List.of(blank)).apply("launchready.health.timeout")).isNull();
        assertThat(SettingSources.firstOf(List.of()).apply("launchready.health.timeout")).isNull();
        // A blank value everywhere means the default.
        assertThat(LaunchReadySettings.from(SettingSources.firstOf(List.of(blank))).health().timeout())
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theChainIsACopyOfTheList() {
        List<Function<String, String>> lookups = new ArrayList<>();
        lookups.add(Map.of("launchready.health.threads", "2")::get);
        Function<String, String> chain = SettingSources.firstOf(lookups);
        lookups.add(0, Map.of("launchready.health.threads", "9")::get);
        assertThat(chain.apply("launchready.health.threads")).isEqualTo("2");
    }

    @Test
    void launchReadyNamesPicksDottedAndEnvironmentNames() {
        assertThat(SettingSources.launchReadyNames(List.of("PATH", "launchready.health.timeout", "LAUNCHREADY_X",
                "spring.application.name", "launchreadyx", "java.home")))
                .containsExactly("launchready.health.timeout", "LAUNCHREADY_X");
    }

    @Test
    void environmentNamesDoNotCollide() {
        Set<String> names = new HashSet<>();
        for (Key<?> key : Keys.ALL) {
            assertThat(names.add(key.environmentName())).as(key.name()).isTrue();
        }
    }

    @Test
    void everyKeyIsReadFromTheEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("LAUNCHREADY_ENABLED", "false");
        env.put("LAUNCHREADY_HEALTH_ENABLED", "false");
        env.put("LAUNCHREADY_HEALTH_TIMEOUT", "1500ms");
        env.put("LAUNCHREADY_HEALTH_CACHE_TTL", "9s");
        env.put("LAUNCHREADY_HEALTH_THREADS", "2");
        env.put("LAUNCHREADY_HEALTH_DRAIN_PERIOD", "0s");
        env.put("LAUNCHREADY_HEALTH_DETAILS", "token");
        env.put("LAUNCHREADY_HEALTH_TOKEN", "t0ken");
        env.put("LAUNCHREADY_HEALTH_DISK_ENABLED", "false");
        env.put("LAUNCHREADY_HEALTH_DISK_PATH", "/data");
        env.put("LAUNCHREADY_HEALTH_DISK_MIN_FREE", "1GB");
        env.put("LAUNCHREADY_HEALTH_DISK_CRITICAL", "true");
        env.put("LAUNCHREADY_HEALTH_HTTP_URL", "https://api.example/health");
        env.put("LAUNCHREADY_HEALTH_HTTP_CRITICAL", "true");
        env.put("LAUNCHREADY_HEALTH_DATASOURCE_JNDI_NAME", "java:comp/env/jdbc/app");
        env.put("LAUNCHREADY_HEALTH_DATASOURCE_CRITICAL", "false");
        env.put("LAUNCHREADY_HEALTH_REDIS_CRITICAL", "true");
        env.put("LAUNCHREADY_REDIS_URL", "redis://cache:6379");
        env.put("LAUNCHREADY_CLIENT_TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8::/32");
        env.put("LAUNCHREADY_CLIENT_CLOUDFLARE", "true");
        env.put("LAUNCHREADY_CLIENT_IPV6_PREFIX", "56");
        env.put("LAUNCHREADY_RATELIMIT_ENABLED", "false");
        env.put("LAUNCHREADY_RATELIMIT_MAX_KEYS", "5000");
        env.put("LAUNCHREADY_RATELIMIT_SECRET", "s".repeat(40));
        env.put("LAUNCHREADY_RATELIMIT_BODY_LIMIT", "8KB");
        env.put("LAUNCHREADY_RATELIMIT_IDENTIFIER_FIELDS", "login");
        env.put("LAUNCHREADY_RATELIMIT_DEVICE_COOKIE", "dev");
        env.put("LAUNCHREADY_RATELIMIT_LOGIN_PATHS", "/signin");
        env.put("LAUNCHREADY_RATELIMIT_LOGIN_PER_IP", "1/1s");
        env.put("LAUNCHREADY_RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP", "2/1s");
        env.put("LAUNCHREADY_RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT", "3/1s");
        env.put("LAUNCHREADY_RATELIMIT_LOGIN_FAILURES_PER_DEVICE", "4/1s");
        env.put("LAUNCHREADY_RATELIMIT_LOGIN_BUSY_AT", "12");
        env.put("LAUNCHREADY_RATELIMIT_REJECT_DELAY", "250ms");
        env.put("LAUNCHREADY_RATELIMIT_PASSWORD_RESET_PATHS", "/reset");
        env.put("LAUNCHREADY_RATELIMIT_PASSWORD_RESET_PER_IP", "5/1s");
        env.put("LAUNCHREADY_RATELIMIT_PASSWORD_RESET_PER_ACCOUNT", "6/1s");
        env.put("LAUNCHREADY_RATELIMIT_SIGNUP_PATHS", "/join");
        env.put("LAUNCHREADY_RATELIMIT_SIGNUP_PER_IP", "7/1s");
        env.put("LAUNCHREADY_RATELIMIT_INVITE_PATHS", "/team/invite");
        env.put("LAUNCHREADY_RATELIMIT_INVITE_PER_IP", "8/1s");
        env.put("LAUNCHREADY_RATELIMIT_INVITE_PER_TARGET", "9/1s");
        env.put("LAUNCHREADY_RATELIMIT_RULES", "contact: POST /contact per-ip=5/1h");
        env.put("LAUNCHREADY_REDACT_ENABLED", "true");
        env.put("LAUNCHREADY_REDACT_EMAILS", "hash");
        env.put("LAUNCHREADY_REDACT_HASH_KEY", "h".repeat(32));
        env.put("LAUNCHREADY_REDACT_RULES", "order=ord_[a-z0-9]{24}");
        env.put("LAUNCHREADY_REDACT_ALLOW", "sk_test_.*");
        env.put("LAUNCHREADY_ACCESS_LOG_ENABLED", "true");
        env.put("LAUNCHREADY_REQUEST_ID_ENABLED", "false");
        env.put("LAUNCHREADY_REQUEST_ID_HEADER", "X-Correlation-Id");
        env.put("LAUNCHREADY_ERROR_PAGES_ENABLED", "false");
        env.put("LAUNCHREADY_RELEASE_VERSION", "1.2.3");
        env.put("LAUNCHREADY_RELEASE_COMMIT", "abc1234");
        env.put("LAUNCHREADY_RATELIMIT_STORE", "redis");
        env.put("LAUNCHREADY_RATELIMIT_REDIS_TIMEOUT", "80ms");
        env.put("LAUNCHREADY_RATELIMIT_REDIS_PROBE_INTERVAL", "2s");
        env.put("LAUNCHREADY_METRICS_ENABLED", "false");
        env.put("LAUNCHREADY_METRICS_APPLICATION", "circle");
        env.put("LAUNCHREADY_METRICS_TARGETS", "250ms,1s");
        env.put("LAUNCHREADY_METRICS_MAX_LABEL_SETS", "50");
        env.put("LAUNCHREADY_METRICS_ROUTES", "/members/{id},/assets/**");
        env.put("LAUNCHREADY_METRICS_PATH", "/internal/metrics");
        env.put("LAUNCHREADY_METRICS_ACCESS", "token");
        env.put("LAUNCHREADY_METRICS_TOKEN", "m3trics");
        env.put("LAUNCHREADY_CACHE_ENABLED", "false");
        env.put("LAUNCHREADY_CACHE_PRIVATE_PATHS", "/me/**");
        env.put("LAUNCHREADY_CACHE_SESSION_COOKIES", "sid");
        env.put("LAUNCHREADY_CACHE_PAGE_EDGE_TTL", "2m");
        env.put("LAUNCHREADY_CACHE_PAGE_STALE_WHILE_REVALIDATE", "1m");
        env.put("LAUNCHREADY_CACHE_STATIC_TTL", "1h");
        env.put("LAUNCHREADY_CACHE_CDN_CACHE_CONTROL", "false");
        env.put("LAUNCHREADY_CACHE_CLOUDFLARE_CDN_CACHE_CONTROL", "true");
        env.put("LAUNCHREADY_HTTPS_HSTS", "true");
        env.put("LAUNCHREADY_HTTPS_HSTS_MAX_AGE", "730d");
        env.put("LAUNCHREADY_HTTPS_INCLUDE_SUBDOMAINS", "true");
        env.put("LAUNCHREADY_HTTPS_PRELOAD", "true");
        env.put("LAUNCHREADY_HTTPS_REDIRECT", "false");
        env.put("LAUNCHREADY_HTTPS_HOST", "Example.com");
        env.put("LAUNCHREADY_HTTPS_ALIASES", "www.example.com");
        env.put("LAUNCHREADY_HTTPS_PORT", "8443");
        env.put("LAUNCHREADY_HTTPS_EXEMPT_PATHS", "/hooks/**");
        env.put("LAUNCHREADY_HEADERS_CONTENT_TYPE_OPTIONS", "false");
        env.put("LAUNCHREADY_HEADERS_REFERRER_POLICY", "no-referrer");
        env.put("LAUNCHREADY_HEADERS_FRAME_OPTIONS", "sameorigin");
        env.put("LAUNCHREADY_HEADERS_UPGRADE_INSECURE_REQUESTS", "false");
        env.put("LAUNCHREADY_HEADERS_OVERRIDE", "true");
        assertThat(env.keySet()).as("one variable per known key")
                .containsExactlyInAnyOrderElementsOf(LaunchReadySettings.knownKeys().stream()
                        .map(SettingSources::environmentName).toList());

        LaunchReadySettings s = LaunchReadySettings.from(SettingSources.environment(env));
        assertThat(s.accessLog().enabled()).isTrue();
        assertThat(s.client()).isEqualTo(new ClientSettings(List.of("10.0.0.0/8", "2001:db8::/32"), true, 56));
        assertThat(s.trace()).isEqualTo(new TraceSettings(false, "X-Correlation-Id", false,
                java.util.Optional.of("1.2.3"), java.util.Optional.of("abc1234")));
        RateLimitSettings limits = s.rateLimit();
        assertThat(List.of(limits.enabled(), limits.maxKeys(), limits.bodyLimitBytes(), limits.identifierFields(), limits.deviceCookie(),
                limits.loginPaths(), limits.resetPaths(), limits.signupPaths(), limits.invitePaths())).containsExactly(false, 5000, 8192L,
                List.of("login"), "dev", List.of("/signin"), List.of("/reset"), List.of("/join"), List.of("/team/invite"));
        assertThat(List.of(limits.loginPerIp(), limits.loginFailuresPerAccountAndIp(), limits.loginFailuresPerAccount(),
                limits.loginFailuresPerDevice(), limits.resetPerIp(), limits.resetPerAccount(), limits.signupPerIp(), limits.invitePerIp(),
                limits.invitePerTarget())).extracting(Limit::count).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(limits.secret()).hasValue("s".repeat(40));
        assertThat(limits.rules()).extracting(CustomRule::name).containsExactly("contact");
        assertThat(s.redact()).isEqualTo(new RedactSettings(true, EmailRedaction.HASH, java.util.Optional.of("h".repeat(32)),
                Map.of("order", "ord_[a-z0-9]{24}"), List.of("sk_test_.*")));
        assertThat(s.client()).isEqualTo(new ClientSettings(List.of("10.0.0.0/8", "2001:db8::/32"), true, 56));
        assertThat(s.trace()).isEqualTo(new TraceSettings(false, "X-Correlation-Id", false,
                java.util.Optional.of("1.2.3"), java.util.Optional.of("abc1234")));
        RateLimitSettings r = s.rateLimit();
        assertThat(List.of(r.enabled(), r.maxKeys(), r.bodyLimitBytes(), r.identifierFields(), r.deviceCookie(),
                r.loginPaths(), r.resetPaths(), r.signupPaths(), r.invitePaths())).containsExactly(false, 5000, 8192L,
                List.of("login"), "dev", List.of("/signin"), List.of("/reset"), List.of("/join"), List.of("/team/invite"));
        assertThat(List.of(r.loginPerIp(), r.loginFailuresPerAccountAndIp(), r.loginFailuresPerAccount(),
                r.loginFailuresPerDevice(), r.resetPerIp(), r.resetPerAccount(), r.signupPerIp(), r.invitePerIp(),
                r.invitePerTarget())).extracting(Limit::count).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(r.secret()).hasValue("s".repeat(40));
        assertThat(r.loginBusyAt()).isEqualTo(12);
        assertThat(r.rejectDelay()).isEqualTo(Duration.ofMillis(250));
        HealthSettings h = s.health();
        assertThat(s.enabled()).isFalse();
        assertThat(h.enabled()).isFalse();
        assertThat(h.timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(h.cacheTtl()).isEqualTo(Duration.ofSeconds(9));
        assertThat(h.threads()).isEqualTo(2);
        assertThat(h.drainPeriod()).isZero();
        assertThat(h.details()).isEqualTo(DetailsAccess.TOKEN);
        assertThat(h.token()).hasValue("t0ken");
        assertThat(h.diskEnabled()).isFalse();
        assertThat(h.diskPath()).isEqualTo("/data");
        assertThat(h.diskMinFreeBytes()).isEqualTo(1L << 30);
        assertThat(h.diskCritical()).isTrue();
        assertThat(h.httpUrl()).hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("https://api.example/health"));
        assertThat(h.httpCritical()).isTrue();
        assertThat(h.dataSourceJndiName()).hasValue("java:comp/env/jdbc/app");
        assertThat(h.dataSourceCritical()).isFalse();
        assertThat(h.redisCritical()).isTrue();
        assertThat(s.redisUrl()).isPresent();
        assertThat(s.rateLimitStore()).isEqualTo(new StoreSettings(StoreMode.REDIS, s.redisUrl(), true,
                Duration.ofMillis(80), Duration.ofSeconds(2)));
        assertThat(s.metrics()).isEqualTo(new MetricsSettings(false, java.util.Optional.of("circle"),
                List.of(Duration.ofMillis(250), Duration.ofSeconds(1)), 50, List.of("/members/{id}", "/assets/**"),
                "/internal/metrics", DetailsAccess.TOKEN, java.util.Optional.of("m3trics")));
        assertThat(s.edge().cache()).isEqualTo(new CacheSettings(false, List.of("/me/**"), List.of("sid"),
                Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1), false, true));
        assertThat(s.edge().https()).isEqualTo(new HttpsSettings(true, Duration.ofDays(730), true, true, false,
                java.util.Optional.of("example.com"), List.of("www.example.com"), 8443, List.of("/hooks/**")));
        assertThat(s.edge().headers()).isEqualTo(new HeaderSettings(false, "no-referrer", FrameOptions.SAMEORIGIN, false,
                true));
    }

    static List<String> knownKeys() {
        return LaunchReadySettings.knownKeys();
    }

    @ParameterizedTest
    @MethodSource("knownKeys")
    void eachKeyRoundTripsThroughTheEnvironment(String key) {
        String variable = SettingSources.environmentName(key);
        assertThat(variable).startsWith("LAUNCHREADY_").matches("[A-Z0-9_]+");
        assertThat(variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.'))
                .isEqualTo(key.replace('-', '.'));

        Function<String, String> lookup = SettingSources.environment(Map.of(variable, "marker-value"));
        assertThat(lookup.apply(key)).isEqualTo("marker-value");
        assertThat(SettingSources.environment(Map.of(key, "marker-value")).apply(key)).isNull();

        // The settings really read this key from its variable: the default text arrives as the value.
        Key<?> k = Keys.ALL.stream().filter(x -> x.name().equals(key)).findFirst().orElseThrow();
        assertThat(k.environmentName()).isEqualTo(variable);
        assertThat(k.read(SettingSources.environment(Map.of(variable, k.defaultText()))))
                .isEqualTo(k.read(name -> null));
        // ...and an unusable value in that variable is refused under the dotted key's name.
        if (!k.defaultText().isEmpty() && !key.equals("launchready.health.disk.path")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> k.read(SettingSources.environment(Map.of(variable, "%%bad%%"))))
                    .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith(key + "=");
        }
    }
}
