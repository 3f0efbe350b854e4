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
            RATELIMIT_LOGIN_FAILURES_PER_DEVICE, RATELIMIT_RESET_PATHS, RATELIMIT_RESET_PER_IP,
            RATELIMIT_RESET_PER_ACCOUNT, RATELIMIT_SIGNUP_PATHS, RATELIMIT_SIGNUP_PER_IP, RATELIMIT_INVITE_PATHS,
            RATELIMIT_INVITE_PER_IP, RATELIMIT_INVITE_PER_TARGET, RATELIMIT_RULES,
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
