package dev.launchready.spring;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.trace.Release;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@Conditional(FeatureCondition.Enabled.class)
class TraceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LaunchReadyAutoConfiguration.class);

    /** The running release, for health details, the {@code launchready.build.info} gauge and the startup line. */
    @Bean
    @ConditionalOnMissingBean
    Release launchReadyRelease(LaunchReadySettings settings, ApplicationContext context,
            ObjectProvider<MeterRegistry> meters) {
        Release release = Release.detect(settings.trace(), System::getenv, context.getClassLoader());
        release.register(meters.getIfUnique(() -> Metrics.globalRegistry));
        log.info("LaunchReady: release {}", release.describe());
        return release;
    }
}
