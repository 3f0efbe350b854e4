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
        this.redisUrl = Keys.REDIS_URL.read(lookup);
        this.client = new ClientSettings(Keys.CLIENT_TRUSTED_PROXIES.read(lookup), Keys.CLIENT_CLOUDFLARE.read(lookup),
                Keys.CLIENT_IPV6_PREFIX.read(lookup));
        this.rateLimit = new RateLimitSettings(Keys.RATELIMIT_ENABLED.read(lookup), Keys.RATELIMIT_MAX_KEYS.read(lookup),
                Keys.RATELIMIT_SECRET.read(lookup), Keys.RATELIMIT_BODY_LIMIT.read(lookup),
                Keys.RATELIMIT_IDENTIFIER_FIELDS.read(lookup), Keys.RATELIMIT_DEVICE_COOKIE.read(lookup),
                Keys.RATELIMIT_LOGIN_PATHS.read(lookup), Keys.RATELIMIT_LOGIN_PER_IP.read(lookup),
                Keys.RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT_AND_IP.read(lookup),
                Keys.RATELIMIT_LOGIN_FAILURES_PER_ACCOUNT.read(lookup),
                Keys.RATELIMIT_LOGIN_FAILURES_PER_DEVICE.read(lookup), Keys.RATELIMIT_RESET_PATHS.read(lookup),
                Keys.RATELIMIT_RESET_PER_IP.read(lookup), Keys.RATELIMIT_RESET_PER_ACCOUNT.read(lookup),
                Keys.RATELIMIT_SIGNUP_PATHS.read(lookup), Keys.RATELIMIT_SIGNUP_PER_IP.read(lookup),
                Keys.RATELIMIT_INVITE_PATHS.read(lookup), Keys.RATELIMIT_INVITE_PER_IP.read(lookup),
                Keys.RATELIMIT_INVITE_PER_TARGET.read(lookup), Keys.RATELIMIT_RULES.read(lookup));
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

    /** The Redis server LaunchReady checks and (later) shares rate limits on ({@code launchready.redis.url}). */
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
