package dev.launchready.spring;

import dev.launchready.client.ClientAddresses;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.ratelimit.FormLimits;
import dev.launchready.ratelimit.store.RateLimitStore;
import dev.launchready.ratelimit.store.RateLimitStores;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    /** Who may tell us the client's address: used by the rate limits, and later the HTTPS redirect and metrics. */
    @Bean
    @ConditionalOnMissingBean
    ClientAddresses launchReadyClientAddresses(LaunchReadySettings settings) {
        return ClientAddresses.of(settings.client());
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(FeatureCondition.RateLimit.class)
    RateLimitStore launchReadyRateLimitStore(LaunchReadySettings settings, ObjectProvider<MeterRegistry> meters,
            ApplicationContext context) {
        // In memory, or on launchready.redis.url / REDIS_URL with launchready-redis (closed with the context).
        return RateLimitStores.fromSettings(settings, context.getClassLoader(),
                meters.getIfUnique(() -> Metrics.globalRegistry));
    }

    /** The shared store's check: warns (never fails) while decisions come from this instance's memory. */
    @Bean
    @Conditional(FeatureCondition.RateLimit.class)
    HealthCheckSource launchReadyRateLimitStoreCheck(ObjectProvider<RateLimitStore> store) {
        return () -> store.getIfAvailable() instanceof SharedRateLimitStore shared ? List.of(shared.healthCheck())
                : List.of();
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(FeatureCondition.RateLimit.class)
    FormLimits launchReadyFormLimits(LaunchReadySettings settings, RateLimitStore store,
            ObjectProvider<MeterRegistry> meters) {
        FormLimits limits = FormLimits.of(settings.rateLimit(), store, meters.getIfUnique(() -> Metrics.globalRegistry),
                Clock.systemUTC());
        log.info(limits.summary(store.toString()));
        return limits;
    }
}
