package dev.launchready.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every LaunchReady setting, read once and validated. Build it with {@link #from} over any key
 * lookup; a bad value throws {@link InvalidSettingException} naming the key and what it accepts.
 *
 * <p>Immutable and safe to share. {@link #toString()} never prints a secret.
 */
public final class LaunchReadySettings {

    private final boolean enabled;
    private final HealthSettings health;
    private final Optional<URI> redisUrl;
    private final ClientSettings client;
    private final RateLimitSettings rateLimit;
    private final RedactSettings redact;
    private final AccessLogSettings accessLog;
    private final TraceSettings trace;
    private final StoreSettings store;
    private final MetricsSettings metrics;
    private final EdgeSettings edge;

    private LaunchReadySettings(Function<String, String> lookup) {
        this.enabled = Keys.ENABLED.read(lookup);
        this.health = new HealthSettings(Keys.HEALTH_ENABLED.read(lookup), Keys.HEALTH_TIMEOUT.read(lookup),
                Keys.HEALTH_CACHE_TTL.read(lookup), Keys.HEALTH_THREADS.read(lookup),
                Keys.HEALTH_DRAIN_PERIOD.read(lookup), Keys.HEALTH_DETAILS.read(lookup),
                Keys.HEALTH_TOKEN.read(lookup), Keys.HEALTH_DISK_ENABLED.read(lookup),
                Keys.HEALTH_DISK_PATH.read(lookup), Keys.HEALTH_DISK_MIN_FREE.read(lookup),
                Keys.HEALTH_DISK_CRITICAL.read(lookup), Keys.HEALTH_HTTP_URL.read(lookup),
                Keys.HEALTH_HTTP_CRITICAL.read(lookup), Keys.HEALTH_DATASOURCE_JNDI.read(lookup),
                Keys.HEALTH_DATASOURCE_CRITICAL.read(lookup), Keys.HEALTH_REDIS_CRITICAL.read(lookup));
        Optional<URI> ownUrl = Keys.REDIS_URL.read(lookup);
        this.redisUrl = ownUrl.isPresent() ? ownUrl : Keys.REDIS_URL_VARIABLE.read(lookup);
        this.client = new ClientSettings(Keys.CLIENT_TRUSTED_PROXIES.read(lookup), Keys.CLIENT_CLOUDFLARE.read(lookup),
                Keys.CLIENT_IPV6_PREFIX.read(lookup));
        this.rateLimit = new RateLimitSettings(Keys.RATELIMIT_ENABLED.read(lookup), Keys.RATELIMIT_MAX_KEYS.read(lookup),
                Keys.RATELIMIT_SECRET.read(lookup), Keys.RATELIMIT_BODY_LIMIT.read(lookup),
                Keys.RATELIMIT_IDENTIFIER_FIELDS.read(lookup), Keys.RATELIMIT_DEVICE_COOKIE.read(lookup),
                Keys.RATELIMIT_LOGIN_PATHS.read(lookup), Keys.RATELIMIT_LOGIN_PER_IP.read(lookup),
                Keys.RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP.read(lookup),
                Keys.RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT.read(lookup),
                Keys.RATELIMIT_LOGIN_FAILURES_PER_DEVICE.read(lookup), Keys.RATELIMIT_LOGIN_BUSY_AT.read(lookup),
                Keys.RATELIMIT_REJECT_DELAY.read(lookup),
                Keys.RATELIMIT_RESET_PATHS.read(lookup),
                Keys.RATELIMIT_RESET_PER_IP.read(lookup), Keys.RATELIMIT_RESET_PER_ACCOUNT.read(lookup),
                Keys.RATELIMIT_SIGNUP_PATHS.read(lookup), Keys.RATELIMIT_SIGNUP_PER_IP.read(lookup),
                Keys.RATELIMIT_INVITE_PATHS.read(lookup), Keys.RATELIMIT_INVITE_PER_IP.read(lookup),
                Keys.RATELIMIT_INVITE_PER_TARGET.read(lookup), Keys.RATELIMIT_RULES.read(lookup));
        this.redact = new RedactSettings(Keys.REDACT_ENABLED.read(lookup), Keys.REDACT_EMAILS.read(lookup),
                Keys.REDACT_HASH_KEY.read(lookup), Keys.REDACT_RULES.read(lookup), Keys.REDACT_ALLOW.read(lookup));
        if (redact.emails() == EmailRedaction.HASH && redact.hashKey().isEmpty()) {
            throw new InvalidSettingException(Keys.REDACT_EMAILS.name(),
                    "\"hash\" needs " + Keys.REDACT_HASH_KEY.name() + " (32+ characters, equal on every instance)");
        }
        this.accessLog = new AccessLogSettings(Keys.ACCESS_LOG_ENABLED.read(lookup));
        this.trace = new TraceSettings(Keys.REQUEST_ID_ENABLED.read(lookup), Keys.REQUEST_ID_HEADER.read(lookup),
                Keys.ERROR_PAGES_ENABLED.read(lookup), Keys.RELEASE_VERSION.read(lookup),
                Keys.RELEASE_COMMIT.read(lookup));
        this.store = new StoreSettings(Keys.RATELIMIT_STORE.read(lookup), redisUrl, ownUrl.isPresent(),
                Keys.RATELIMIT_REDIS_TIMEOUT.read(lookup), Keys.RATELIMIT_REDIS_PROBE_INTERVAL.read(lookup));
        this.metrics = new MetricsSettings(Keys.METRICS_ENABLED.read(lookup), Keys.METRICS_APPLICATION.read(lookup),
                Keys.METRICS_TARGETS.read(lookup), Keys.METRICS_MAX_LABEL_SETS.read(lookup),
                Keys.METRICS_ROUTES.read(lookup), Keys.METRICS_PATH.read(lookup), Keys.METRICS_ACCESS.read(lookup),
                Keys.METRICS_TOKEN.read(lookup));
        if (metrics.access() == DetailsAccess.TOKEN && metrics.token().isEmpty()) {
            throw new InvalidSettingException(Keys.METRICS_ACCESS.name(),
                    "\"token\" needs " + Keys.METRICS_TOKEN.name() + " to be set (or choose loopback-or-token or never)");
        }
        this.edge = EdgeSettings.read(lookup);
        if (health.details() == DetailsAccess.TOKEN && health.token().isEmpty()) {
            throw new InvalidSettingException(Keys.HEALTH_DETAILS.name(),
                    "\"token\" needs " + Keys.HEALTH_TOKEN.name() + " to be set (or choose loopback-or-token or never)");
        }
    }

    /**
     * Reads every setting through {@code lookup}, which answers a key such as
     * {@code launchready.health.timeout} with its text, or {@code null} when it is not set.
     * Use {@link SettingSources} to build a lookup over init-params, system properties and the environment.
     */
    public static LaunchReadySettings from(Function<String, String> lookup) {
        return new LaunchReadySettings(key -> lookup.apply(key));
    }

    /** All defaults. */
    public static LaunchReadySettings defaults() {
        return from(key -> null);
    }

    /** Whether LaunchReady does anything at all ({@code launchready.enabled}). */
    public boolean enabled() {
        return enabled;
    }

    /** The health endpoints' settings ({@code launchready.health.*}). */
    public HealthSettings health() {
        return health;
    }

    /**
     * The Redis server LaunchReady checks and shares rate limits on: {@code launchready.redis.url}, else the
     * {@code REDIS_URL} variable.
     */
    public Optional<URI> redisUrl() {
        return redisUrl;
    }

    /** Who may tell us the client's address and scheme ({@code launchready.client.*}). */
    public ClientSettings client() {
        return client;
    }

    /** The form rate limits ({@code launchready.ratelimit.*}). */
    public RateLimitSettings rateLimit() {
        return rateLimit;
    }

    /** Log redaction ({@code launchready.redact.*}); {@code dev.launchready.redact.Redactor.from} builds on it. */
    public RedactSettings redact() {
        return redact;
    }

    /** The opt-in access log ({@code launchready.access-log.*}). */
    public AccessLogSettings accessLog() {
        return accessLog;
    }

    /** Request IDs, safe error pages and the release tag ({@code launchready.request-id.*} and friends). */
    public TraceSettings trace() {
        return trace;
    }

    /** Where the rate limits keep state ({@code launchready.ratelimit.store}, {@code launchready.ratelimit.redis.*}). */
    public StoreSettings rateLimitStore() {
        return store;
    }

    /** Request-latency metrics and the scrape endpoint ({@code launchready.metrics.*}). */
    public MetricsSettings metrics() {
        return metrics;
    }

    /** Cache headers, the HTTPS baseline and security headers ({@code launchready.cache.*, https.*, headers.*}). */
    public EdgeSettings edge() {
        return edge;
    }

    /** Every key LaunchReady knows, such as {@code launchready.health.timeout}. */
    public static List<String> knownKeys() {
        List<String> names = new ArrayList<>();
        Keys.ALL.forEach(k -> names.add(k.name()));
        return List.copyOf(names);
    }

    /** Every key with its default as text ({@code "2s"}, {@code ""} for none), in catalog order. */
    public static java.util.Map<String, String> defaultTexts() {
        java.util.Map<String, String> defaults = new java.util.LinkedHashMap<>();
        Keys.ALL.forEach(k -> defaults.put(k.name(), k.defaultText()));
        return java.util.Collections.unmodifiableMap(defaults);
    }

    /**
     * One warning per name that looks like a LaunchReady setting but is none, with the closest known
     * key: {@code unknown setting launchready.helth.timeout (did you mean launchready.health.timeout?)}.
     * Names may be dotted keys or environment variable names ({@code LAUNCHREADY_HEALTH_TIMEOUT}).
     */
    public static List<String> unknownKeyWarnings(Collection<String> names) {
        return UnknownKeys.warnings(names);
    }

    @Override
    public String toString() {
        return "LaunchReadySettings[enabled=" + enabled + ", health=" + health + ", redis="
                + (redisUrl.isPresent() ? "(set)" : "(none)") + "]";
    }
}
