package dev.launchready.spring;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.StoreMode;
import dev.launchready.config.StoreSettings;
import dev.launchready.ratelimit.store.RateLimitStore;
import dev.launchready.ratelimit.store.RateLimitStores;
import dev.launchready.redis.RedisRateLimits;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * With {@code launchready-redis} and the app's own Spring Data Redis on Lettuce: rate limits shared on the
 * app's Redis, over its client (a connection of our own, its settings: password, TLS, Sentinel, Cluster).
 * {@code launchready.redis.url} still wins when set, and {@code launchready.ratelimit.store=memory} opts out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = {"dev.launchready.redis.RedisRateLimits",
    "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory"})
@Conditional(FeatureCondition.RateLimit.class)
class RedisRateLimitConfiguration {

    @Bean
    @ConditionalOnMissingBean(RateLimitStore.class)
    @ConditionalOnBean(LettuceConnectionFactory.class)
    RateLimitStore launchReadyRateLimitStore(LaunchReadySettings settings, LettuceConnectionFactory factory,
            ObjectProvider<MeterRegistry> meters, ApplicationContext context) {
        StoreSettings store = settings.rateLimitStore();
        MeterRegistry registry = meters.getIfUnique(() -> Metrics.globalRegistry);
        if (store.mode() == StoreMode.MEMORY || store.urlFromLaunchReadyKey()) {
            return RateLimitStores.fromSettings(settings, context.getClassLoader(), registry);
        }
        return RedisRateLimits.reusing(factory.getRequiredNativeClient(), where(factory), settings, registry);
    }

    /** How logs name the app's Redis: host and port, never its password. */
    private static String where(LettuceConnectionFactory factory) {
        if (factory.isClusterAware()) {
            return "the app's Redis Cluster";
        }
        if (factory.isRedisSentinelAware()) {
            return "the app's Redis Sentinel master";
        }
        String host = factory.getHostName();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + factory.getPort();
    }
}
