package dev.launchready.redis;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.StoreSettings;
import dev.launchready.ratelimit.store.RateLimitStore;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The way in to rate limits shared on Redis: {@link #open} on the settings' URL (what the servlet adapter and
 * the {@link java.util.ServiceLoader} provider use), or {@link #reusing} the app's own Lettuce client (what the
 * Spring Boot starter does with Spring Data Redis's). Either way the store is a {@link SharedRateLimitStore}:
 * GCRA in one Lua script per decision, a short timeout, a circuit breaker, and this instance's memory while
 * Redis fails. Both refuse to start without {@code launchready.ratelimit.secret}: account keys and device
 * cookies are HMACs under it, and instances with secrets of their own would count one account under
 * different keys.
 */
public final class RedisRateLimits {

    private static final Duration FIRST_CONNECTION = Duration.ofSeconds(3);

    private RedisRateLimits() {
    }

    /**
     * The shared store on {@code settings.rateLimitStore().redisUrl()}; connects on first use.
     *
     * @throws InvalidSettingException without a URL, with a URL Lettuce cannot use, or without a secret
     */
    public static SharedRateLimitStore open(LaunchReadySettings settings, MeterRegistry meters) {
        StoreSettings store = settings.rateLimitStore();
        URI uri = store.redisUrl().orElseThrow(() -> new InvalidSettingException("launchready.redis.url",
                "is needed to share rate limits on Redis"));
        requireSecret(settings, store.urlSource() + " is set");
        RedisURI redisUri;
        try {
            redisUri = RedisURI.create(uri);
        } catch (RuntimeException e) {
            // Lettuce's message may quote the URL, password included.
            throw new InvalidSettingException(store.urlSource(),
                    "is not a Redis URL Lettuce can use (" + e.getClass().getSimpleName() + ")");
        }
        String where = FailureText.hostAndPort(redisUri.getHost(), redisUri.getPort());
        return build(settings, Connector.to(redisUri, store.timeout()), where, new FailureText(uri, store.timeout()), meters);
    }

    /**
     * The shared store over the app's client (a Lettuce {@code RedisClient} or {@code RedisClusterClient}),
     * on a connection of its own; closing the store never shuts the client down.
     *
     * @param where how to name that Redis in logs and health output, such as {@code cache.internal:6379}; no password
     * @throws InvalidSettingException without a secret
     */
    public static SharedRateLimitStore reusing(AbstractRedisClient client, String where, LaunchReadySettings settings,
            MeterRegistry meters) {
        Objects.requireNonNull(client, "client");
        requireSecret(settings, "the app's Redis connection is reused");
        StoreSettings store = settings.rateLimitStore();
        return build(settings, Connector.reusing(client, store.timeout()), where, new FailureText(null, store.timeout()),
                meters);
    }

    private static SharedRateLimitStore build(LaunchReadySettings settings, Connector connector, String where,
            FailureText text, MeterRegistry meters) {
        StoreSettings store = settings.rateLimitStore();
        FailoverStore failover = new FailoverStore(new RedisStore(connector, store.timeout()),
                RateLimitStore.inMemory(settings.rateLimit().maxKeys()), connector, where, text, store.timeout(),
                store.probeInterval(), meters, Clock.systemUTC());
        // Startup may wait a little longer than a decision: a cold JVM loads netty, a Cluster needs its topology.
        failover.awaitFirstConnection(connector.warmUp(), FIRST_CONNECTION.compareTo(store.timeout()) > 0
                ? FIRST_CONNECTION : store.timeout());
        return failover;
    }

    private static void requireSecret(LaunchReadySettings settings, String why) {
        if (settings.rateLimit().secret().isEmpty()) {
            throw new InvalidSettingException("launchready.ratelimit.secret", "must be set, the same on every "
                    + "instance, when rate limits are shared on Redis (" + why + "): account keys and device cookies "
                    + "are HMACs under it. Set it to a random text of 32+ characters (e.g. openssl rand -base64 32), "
                    + "or set launchready.ratelimit.store=memory to keep limits per instance");
        }
    }
}
