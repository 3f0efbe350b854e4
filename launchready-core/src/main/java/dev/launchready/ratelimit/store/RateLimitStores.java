package dev.launchready.ratelimit.store;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.StoreMode;
import dev.launchready.config.StoreSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Iterator;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which store the settings ask for: in memory, or shared through a {@link RateLimitStoreProvider}. */
public final class RateLimitStores {

    private static final Logger log = LoggerFactory.getLogger(RateLimitStores.class);

    private RateLimitStores() {
    }

    /**
     * The store for these settings: in memory unless a Redis URL is set ({@code launchready.redis.url}, or the
     * {@code REDIS_URL} variable) and {@code launchready.ratelimit.store} is not {@code memory}; then the
     * shared store of the provider on the class path. A {@link SharedRateLimitStore} must be closed at shutdown.
     *
     * @throws InvalidSettingException when {@code redis} is asked for without a URL, when
     *     {@code launchready.redis.url} is set but no provider is on the class path, or when the provider refuses
     */
    public static RateLimitStore fromSettings(LaunchReadySettings settings, ClassLoader classLoader, MeterRegistry meters) {
        StoreSettings store = settings.rateLimitStore();
        if (store.mode() == StoreMode.MEMORY) {
            return RateLimitStore.inMemory(settings.rateLimit().maxKeys());
        }
        if (store.redisUrl().isEmpty()) {
            if (store.mode() == StoreMode.REDIS) {
                throw new InvalidSettingException("launchready.ratelimit.store",
                        "is redis, but no Redis URL is set: set launchready.redis.url (or REDIS_URL)");
            }
            return RateLimitStore.inMemory(settings.rateLimit().maxKeys());
        }
        Iterator<RateLimitStoreProvider> providers = ServiceLoader.load(RateLimitStoreProvider.class, classLoader).iterator();
        if (!providers.hasNext()) {
            if (store.urlFromLaunchReadyKey() || store.mode() == StoreMode.REDIS) {
                throw new InvalidSettingException(store.mode() == StoreMode.REDIS ? "launchready.ratelimit.store"
                        : "launchready.redis.url", "asks for rate limits on Redis, but launchready-redis is not on "
                        + "the class path: add dev.launchready:launchready-redis, or set launchready.ratelimit.store=memory");
            }
            log.info("rate limits: REDIS_URL is set, but launchready-redis is not on the class path: limits stay in "
                    + "memory on each instance (add dev.launchready:launchready-redis to share them)");
            return RateLimitStore.inMemory(settings.rateLimit().maxKeys());
        }
        return providers.next().open(settings, meters);
    }
}
