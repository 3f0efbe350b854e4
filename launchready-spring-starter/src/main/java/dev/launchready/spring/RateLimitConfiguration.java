package dev.launchready.spring;

import dev.launchready.client.ClientAddresses;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.ratelimit.FormLimits;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
    RateLimitStore launchReadyRateLimitStore(LaunchReadySettings settings) {
        return RateLimitStore.inMemory(settings.rateLimit().maxKeys());
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
