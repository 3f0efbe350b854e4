package dev.launchready.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The catalog: every key LaunchReady reads, with its default. Add a key here and nowhere else. */
final class Keys {

    static final Key<Boolean> ENABLED = flag("launchready.enabled", true);

    static final Key<Boolean> HEALTH_ENABLED = flag("launchready.health.enabled", true);
    static final Key<Duration> HEALTH_TIMEOUT = new Key<>("launchready.health.timeout", "2s",
            Parsers.DURATION + ", from 10ms to 5m", false,
            Parsers.durationBetween(Duration.ofMillis(10), Duration.ofMinutes(5)));
    static final Key<Duration> HEALTH_CACHE_TTL = new Key<>("launchready.health.cache-ttl", "5s",
            Parsers.DURATION + ", from 0s to 1d", false, Parsers.durationBetween(Duration.ZERO, Duration.ofDays(1)));
    static final Key<Integer> HEALTH_THREADS = new Key<>("launchready.health.threads", "4",
            "a whole number from 1 to 64", false, Parsers.intBetween(1, 64));
    static final Key<Duration> HEALTH_DRAIN_PERIOD = new Key<>("launchready.health.drain-period", "10s",
            Parsers.DURATION + ", from 0s (no drain) to 10m", false,
            Parsers.durationBetween(Duration.ZERO, Duration.ofMinutes(10)));
    static final Key<DetailsAccess> HEALTH_DETAILS = new Key<>("launchready.health.details", "loopback-or-token",
            Parsers.choices(DetailsAccess.class), false, Parsers.choice(DetailsAccess.class));
    static final Key<Optional<String>> HEALTH_TOKEN = new Key<>("launchready.health.token", "",
            "any text (a long random token)", true, Parsers::optionalText);
    static final Key<Boolean> HEALTH_DISK_ENABLED = flag("launchready.health.disk.enabled", true);
    static final Key<String> HEALTH_DISK_PATH = new Key<>("launchready.health.disk.path", ".",
            "a file system path", false, text -> text.isEmpty() ? "." : text);
    static final Key<Long> HEALTH_DISK_MIN_FREE = new Key<>("launchready.health.disk.min-free", "100MB",
            Parsers.DATA_SIZE, false, Parsers::dataSize);
    static final Key<Boolean> HEALTH_DISK_CRITICAL = flag("launchready.health.disk.critical", false);
    static final Key<Optional<URI>> HEALTH_HTTP_URL = new Key<>("launchready.health.http.url", "",
            "an http or https URL, such as https://api.stripe.com/healthcheck", true,
            Parsers.optionalUri("http", "https"));
    static final Key<Boolean> HEALTH_HTTP_CRITICAL = flag("launchready.health.http.critical", false);
    static final Key<Optional<String>> HEALTH_DATASOURCE_JNDI = new Key<>("launchready.health.datasource.jndi-name", "",
            "a JNDI name, such as java:comp/env/jdbc/app", false, Parsers::optionalText);
    static final Key<Boolean> HEALTH_DATASOURCE_CRITICAL = flag("launchready.health.datasource.critical", true);
    static final Key<Boolean> HEALTH_REDIS_CRITICAL = flag("launchready.health.redis.critical", false);

    static final Key<Optional<URI>> REDIS_URL = new Key<>("launchready.redis.url", "",
            "a Redis URL, such as redis://localhost:6379 or rediss://user:password@host:6380/0", true,
            Parsers.optionalUri("redis", "rediss"));

    static final Key<List<String>> CLIENT_TRUSTED_PROXIES = new Key<>("launchready.client.trusted-proxies", "private",
            "comma-separated CIDR ranges or addresses (10.0.0.0/8, 2001:db8::/32), private, cloudflare, or none",
            false, Parsers::proxies);
    static final Key<Boolean> CLIENT_CLOUDFLARE = flag("launchready.client.cloudflare", false);
    static final Key<Integer> CLIENT_IPV6_PREFIX = new Key<>("launchready.client.ipv6-prefix", "64",
            "a prefix length from 32 to 128", false, Parsers.intBetween(32, 128));

    static final Key<Boolean> RATELIMIT_ENABLED = flag("launchready.ratelimit.enabled", true);
    static final Key<Integer> RATELIMIT_MAX_KEYS = new Key<>("launchready.ratelimit.max-keys", "200000",
            "a whole number from 1000 to 50000000", false, Parsers.intBetween(1000, 50_000_000));
    static final Key<Optional<String>> RATELIMIT_SECRET = new Key<>("launchready.ratelimit.secret", "",
            "any text of at least 32 characters", true, text -> {
                if (!text.isEmpty() && text.length() < 32) {
                    throw new IllegalArgumentException("short");
                }
                return Parsers.optionalText(text);
            });
    static final Key<Long> RATELIMIT_BODY_LIMIT = new Key<>("launchready.ratelimit.body-limit", "64KB",
            Parsers.DATA_SIZE + ", from 1KB to 10MB", false, text -> {
                long n = Parsers.dataSize(text);
                if (n < 1024 || n > 10L << 20) {
                    throw new IllegalArgumentException(text);
                }
                return n;
            });
    static final Key<List<String>> RATELIMIT_IDENTIFIER_FIELDS = new Key<>("launchready.ratelimit.identifier-fields",
            "email,username", "comma-separated field names", false, Parsers::names);
    static final Key<String> RATELIMIT_DEVICE_COOKIE = new Key<>("launchready.ratelimit.device-cookie", "lr_device",
            "a cookie name", false, Parsers::name);
    static final Key<List<String>> RATELIMIT_LOGIN_PATHS = paths("launchready.ratelimit.login.paths", "/login");
    static final Key<Limit> RATELIMIT_LOGIN_PER_IP = limit("launchready.ratelimit.login.per-ip", "30/5m");
    static final Key<Limit> RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP =
            limit("launchready.ratelimit.login.failures-per-account-and-ip", "5/15m");
    static final Key<Limit> RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT =
            limit("launchready.ratelimit.login.failures-per-account", "20/1h");
    static final Key<Limit> RATELIMIT_LOGIN_FAILURES_PER_DEVICE =
            limit("launchready.ratelimit.login.failures-per-device", "10/15m");
    static final Key<Duration> RATELIMIT_REJECT_DELAY = new Key<>("launchready.ratelimit.reject-delay", "1s",
            Parsers.DURATION + ", from 0s (answer at once) to 10s", false,
            Parsers.durationBetween(Duration.ZERO, Duration.ofSeconds(10)));
    static final Key<Integer> RATELIMIT_LOGIN_BUSY_AT = new Key<>("launchready.ratelimit.login.busy-at", "1",
            "a whole number from 0 (never busy: suspects are held back by the other limits only) to 10000", false,
            Parsers.intBetween(0, 10_000));
    static final Key<List<String>> RATELIMIT_RESET_PATHS =
            paths("launchready.ratelimit.password-reset.paths", "/password-reset,/forgot-password");
    static final Key<Limit> RATELIMIT_RESET_PER_IP = limit("launchready.ratelimit.password-reset.per-ip", "10/1h");
    static final Key<Limit> RATELIMIT_RESET_PER_ACCOUNT = limit("launchready.ratelimit.password-reset.per-account", "3/1h");
    static final Key<List<String>> RATELIMIT_SIGNUP_PATHS = paths("launchready.ratelimit.signup.paths", "/signup,/register");
    static final Key<Limit> RATELIMIT_SIGNUP_PER_IP = limit("launchready.ratelimit.signup.per-ip", "20/1h");
    static final Key<List<String>> RATELIMIT_INVITE_PATHS = paths("launchready.ratelimit.invite.paths", "/invite");
    static final Key<Limit> RATELIMIT_INVITE_PER_IP = limit("launchready.ratelimit.invite.per-ip", "30/1h");
    static final Key<Limit> RATELIMIT_INVITE_PER_TARGET = limit("launchready.ratelimit.invite.per-target", "3/1d");

    static final Key<List<CustomRule>> RATELIMIT_RULES = new Key<>("launchready.ratelimit.rules", "",
            CustomRule.FORMAT, false, CustomRule::parseAll);

    // log redaction (issue 3)
    static final Key<Boolean> REDACT_ENABLED = flag("launchready.redact.enabled", true);
    static final Key<EmailRedaction> REDACT_EMAILS = new Key<>("launchready.redact.emails", "mask",
            Parsers.choices(EmailRedaction.class), false, Parsers.choice(EmailRedaction.class));
    static final Key<Optional<String>> REDACT_HASH_KEY = new Key<>("launchready.redact.hash-key", "",
            "any text of at least 32 characters", true, text -> {
                if (!text.isEmpty() && text.length() < 32) {
                    throw new IllegalArgumentException("short");
                }
                return Parsers.optionalText(text);
            });
    static final Key<java.util.Map<String, String>> REDACT_RULES = new Key<>("launchready.redact.rules", "",
            RedactSettings.RULES_FORMAT, false, RedactSettings::parseRules);
    static final Key<List<String>> REDACT_ALLOW = new Key<>("launchready.redact.allow", "",
            RedactSettings.ALLOW_FORMAT, false, RedactSettings::parseAllow);
    // Access log (issue 3, logging integration)
    static final Key<Boolean> ACCESS_LOG_ENABLED = flag("launchready.access-log.enabled", false);
    // Request IDs, safe error pages and the release tag
    static final Key<Boolean> REQUEST_ID_ENABLED = flag("launchready.request-id.enabled", true);
    static final Key<String> REQUEST_ID_HEADER = new Key<>("launchready.request-id.header", "X-Request-Id",
            "a header name", false, Parsers::name);
    static final Key<Boolean> ERROR_PAGES_ENABLED = flag("launchready.error-pages.enabled", true);
    static final Key<Optional<String>> RELEASE_VERSION = new Key<>("launchready.release.version", "",
            "a version, such as 1.4.2 (default: RELEASE, build-info.properties or the jar manifest)", false,
            Parsers::optionalText);
    static final Key<Optional<String>> RELEASE_COMMIT = new Key<>("launchready.release.commit", "",
            "a commit id, such as 3f2a9c1 (default: GIT_COMMIT or git.properties)", false, Parsers::optionalText);
    // Rate limits shared on Redis (issue 6): which store, and how long Redis may take before memory decides.
    static final Key<StoreMode> RATELIMIT_STORE = new Key<>("launchready.ratelimit.store", "auto",
            Parsers.choices(StoreMode.class), false, Parsers.choice(StoreMode.class));
    static final Key<Duration> RATELIMIT_REDIS_TIMEOUT = new Key<>("launchready.ratelimit.redis.timeout", "250ms",
            Parsers.DURATION + ", from 10ms to 5s", false, Parsers.durationBetween(Duration.ofMillis(10), Duration.ofSeconds(5)));
    static final Key<Duration> RATELIMIT_REDIS_PROBE_INTERVAL = new Key<>("launchready.ratelimit.redis.probe-interval",
            "5s", Parsers.DURATION + ", from 100ms to 5m", false,
            Parsers.durationBetween(Duration.ofMillis(100), Duration.ofMinutes(5)));
    /**
     * Not a LaunchReady key (so not in {@link #ALL}): the variable Heroku, Render, Railway and Fly set, read
     * when {@link #REDIS_URL} is not. Only a module that can use it takes it up; without one it is ignored.
     * It is the app's before it is ours, so a value we cannot read (a unix socket, a Sentinel URL) is ignored
     * rather than stopping an app that never asked LaunchReady to use it.
     */
    static final Key<Optional<URI>> REDIS_URL_VARIABLE = new Key<>("REDIS_URL", "",
            "a Redis URL, such as redis://localhost:6379 or rediss://user:password@host:6380/0", true, text -> {
                try {
                    return Parsers.optionalUri("redis", "rediss").apply(text);
                } catch (IllegalArgumentException notOurs) {
                    return Optional.empty();
                }
            });
    // Request-latency metrics (issue 5).
    static final Key<Boolean> METRICS_ENABLED = flag("launchready.metrics.enabled", true);
    static final Key<Optional<String>> METRICS_APPLICATION = new Key<>("launchready.metrics.application", "",
            "a name for the application tag, such as membership", false, Parsers::optionalText);
    static final Key<List<Duration>> METRICS_TARGETS = new Key<>("launchready.metrics.targets", "300ms",
            "1 to 6 comma-separated durations from 1ms to 60s, such as 300ms,1s", false, Parsers::latencyTargets);
    static final Key<Integer> METRICS_MAX_LABEL_SETS = new Key<>("launchready.metrics.max-label-sets", "500",
            "a whole number from 20 to 10000", false, Parsers.intBetween(20, 10_000));
    static final Key<List<String>> METRICS_ROUTES = new Key<>("launchready.metrics.routes", "",
            dev.launchready.metrics.RouteTable.FORMAT, false, Parsers::routes);
    static final Key<String> METRICS_PATH = new Key<>("launchready.metrics.path", "/metrics",
            "a path starting with /, such as /metrics", false, Parsers::endpointPath);
    static final Key<DetailsAccess> METRICS_ACCESS = new Key<>("launchready.metrics.access", "loopback-or-token",
            Parsers.choices(DetailsAccess.class), false, Parsers.choice(DetailsAccess.class));
    static final Key<Optional<String>> METRICS_TOKEN = new Key<>("launchready.metrics.token", "",
            "any text (a long random token)", true, Parsers::optionalText);
    // Cache headers, HTTPS baseline and security headers (issue 4).
    static final Key<Boolean> CACHE_ENABLED = flag("launchready.cache.enabled", true);
    static final Key<List<String>> CACHE_PRIVATE_PATHS =
            paths("launchready.cache.private-paths", "/account/**,/admin/**,/settings/**,/billing/**");
    static final Key<List<String>> CACHE_SESSION_COOKIES = new Key<>("launchready.cache.session-cookies",
            "JSESSIONID,SESSION,remember-me", "comma-separated cookie names", false, Parsers::names);
    static final Key<Duration> CACHE_PAGE_EDGE_TTL = new Key<>("launchready.cache.page-edge-ttl", "60s",
            Parsers.DURATION + ", from 0s (pages not cached at the edge) to 1d", false,
            Parsers.durationBetween(Duration.ZERO, Duration.ofDays(1)));
    static final Key<Duration> CACHE_PAGE_STALE = new Key<>("launchready.cache.page-stale-while-revalidate", "30s",
            Parsers.DURATION + ", from 0s to 1d", false, Parsers.durationBetween(Duration.ZERO, Duration.ofDays(1)));
    static final Key<Duration> CACHE_STATIC_TTL = new Key<>("launchready.cache.static-ttl", "10m",
            Parsers.DURATION + ", from 0s to 7d", false, Parsers.durationBetween(Duration.ZERO, Duration.ofDays(7)));
    static final Key<Boolean> CACHE_CDN_CACHE_CONTROL = flag("launchready.cache.cdn-cache-control", true);
    static final Key<Boolean> CACHE_CLOUDFLARE_CDN_CACHE_CONTROL =
            flag("launchready.cache.cloudflare-cdn-cache-control", false);
    static final Key<Boolean> HTTPS_HSTS = flag("launchready.https.hsts", true);
    static final Key<Duration> HTTPS_HSTS_MAX_AGE = new Key<>("launchready.https.hsts-max-age", "365d",
            Parsers.DURATION + ", from 0s to 730d", false, Parsers.durationBetween(Duration.ZERO, Duration.ofDays(730)));
    static final Key<Boolean> HTTPS_INCLUDE_SUBDOMAINS = flag("launchready.https.include-subdomains", false);
    static final Key<Boolean> HTTPS_PRELOAD = flag("launchready.https.preload", false);
    static final Key<Boolean> HTTPS_REDIRECT = flag("launchready.https.redirect", true);
    static final Key<Optional<String>> HTTPS_HOST = new Key<>("launchready.https.host", "",
            Parsers.HOST + " (the canonical host; empty: no redirects)", false, Parsers::optionalHost);
    static final Key<List<String>> HTTPS_ALIASES = new Key<>("launchready.https.aliases", "",
            "comma-separated host names that redirect to launchready.https.host, such as www.example.com", false,
            Parsers::hosts);
    static final Key<Integer> HTTPS_PORT = new Key<>("launchready.https.port", "443",
            "a port number from 1 to 65535", false, Parsers.intBetween(1, 65_535));
    static final Key<List<String>> HTTPS_EXEMPT_PATHS = paths("launchready.https.exempt-paths", "/webhooks/**");
    static final Key<Boolean> HEADERS_CONTENT_TYPE_OPTIONS = flag("launchready.headers.content-type-options", true);
    static final Key<String> HEADERS_REFERRER_POLICY = new Key<>("launchready.headers.referrer-policy",
            "strict-origin-when-cross-origin", Parsers.REFERRER_POLICY, false, Parsers::referrerPolicy);
    static final Key<FrameOptions> HEADERS_FRAME_OPTIONS = new Key<>("launchready.headers.frame-options", "deny",
            Parsers.choices(FrameOptions.class), false, Parsers.choice(FrameOptions.class));
    static final Key<Boolean> HEADERS_UPGRADE_INSECURE_REQUESTS =
            flag("launchready.headers.upgrade-insecure-requests", true);
    static final Key<Boolean> HEADERS_OVERRIDE = flag("launchready.headers.override", false);

    static final List<Key<?>> ALL = List.of(ENABLED,
            HEALTH_ENABLED, HEALTH_TIMEOUT, HEALTH_CACHE_TTL, HEALTH_THREADS, HEALTH_DRAIN_PERIOD, HEALTH_DETAILS,
            HEALTH_TOKEN, HEALTH_DISK_ENABLED, HEALTH_DISK_PATH, HEALTH_DISK_MIN_FREE, HEALTH_DISK_CRITICAL,
            HEALTH_HTTP_URL, HEALTH_HTTP_CRITICAL, HEALTH_DATASOURCE_JNDI, HEALTH_DATASOURCE_CRITICAL,
            HEALTH_REDIS_CRITICAL, REDIS_URL, CLIENT_TRUSTED_PROXIES, CLIENT_CLOUDFLARE, CLIENT_IPV6_PREFIX,
            RATELIMIT_ENABLED, RATELIMIT_MAX_KEYS, RATELIMIT_SECRET, RATELIMIT_BODY_LIMIT, RATELIMIT_IDENTIFIER_FIELDS,
            RATELIMIT_DEVICE_COOKIE, RATELIMIT_LOGIN_PATHS, RATELIMIT_LOGIN_PER_IP,
            RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP, RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT,
            RATELIMIT_LOGIN_FAILURES_PER_DEVICE, RATELIMIT_LOGIN_BUSY_AT, RATELIMIT_REJECT_DELAY, RATELIMIT_RESET_PATHS, RATELIMIT_RESET_PER_IP,
            RATELIMIT_RESET_PER_ACCOUNT, RATELIMIT_SIGNUP_PATHS, RATELIMIT_SIGNUP_PER_IP, RATELIMIT_INVITE_PATHS,
            RATELIMIT_INVITE_PER_IP, RATELIMIT_INVITE_PER_TARGET, RATELIMIT_RULES,
            REDACT_ENABLED, REDACT_EMAILS, REDACT_HASH_KEY, REDACT_RULES, REDACT_ALLOW,
            ACCESS_LOG_ENABLED,
            REQUEST_ID_ENABLED, REQUEST_ID_HEADER, ERROR_PAGES_ENABLED, RELEASE_VERSION, RELEASE_COMMIT,
            RATELIMIT_STORE, RATELIMIT_REDIS_TIMEOUT, RATELIMIT_REDIS_PROBE_INTERVAL,
            METRICS_ENABLED, METRICS_APPLICATION, METRICS_TARGETS, METRICS_MAX_LABEL_SETS, METRICS_ROUTES,
            METRICS_PATH, METRICS_ACCESS, METRICS_TOKEN,
            CACHE_ENABLED, CACHE_PRIVATE_PATHS, CACHE_SESSION_COOKIES, CACHE_PAGE_EDGE_TTL, CACHE_PAGE_STALE, CACHE_STATIC_TTL, CACHE_CDN_CACHE_CONTROL, CACHE_CLOUDFLARE_CDN_CACHE_CONTROL, HTTPS_HSTS, HTTPS_HSTS_MAX_AGE, HTTPS_INCLUDE_SUBDOMAINS, HTTPS_PRELOAD, HTTPS_REDIRECT, HTTPS_HOST, HTTPS_ALIASES, HTTPS_PORT, HTTPS_EXEMPT_PATHS, HEADERS_CONTENT_TYPE_OPTIONS, HEADERS_REFERRER_POLICY, HEADERS_FRAME_OPTIONS, HEADERS_UPGRADE_INSECURE_REQUESTS, HEADERS_OVERRIDE);

    private Keys() {
    }

    private static Key<Limit> limit(String name, String defaultText) {
        return new Key<>(name, defaultText, Parsers.LIMIT, false, Parsers::limit);
    }

    private static Key<List<String>> paths(String name, String defaultText) {
        return new Key<>(name, defaultText, Parsers.PATHS, false, Parsers::paths);
    }

    private static Key<Boolean> flag(String name, boolean defaultValue) {
        return new Key<>(name, Boolean.toString(defaultValue), Parsers.BOOLEAN, false, Parsers::bool);
    }
}
