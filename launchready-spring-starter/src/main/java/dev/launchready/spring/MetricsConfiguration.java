package dev.launchready.spring;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.metrics.HttpServerRequestsFilter;
import dev.launchready.metrics.LatencyBuckets;
import dev.launchready.metrics.RouteTable;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.server.observation.ServerRequestObservationConvention;

/**
 * Enriches Spring's own {@code http.server.requests} (timed by Spring's observation filter; scraped at
 * Actuator's {@code /actuator/prometheus}): LaunchReady's buckets and cap through a meter filter, route
 * folding through the observation convention. Never a second meter of that name.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(FeatureCondition.Metrics.class)
class MetricsConfiguration {

    static final String MAX_URI_TAGS = "management.metrics.web.server.max-uri-tags";
    static final String METER_NAME = "management.observations.http.server.requests.name";

    /** Last, so its buckets win over a {@code management.metrics.distribution.*} setting for this meter. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MeterFilter launchReadyHttpServerRequestsFilter(LaunchReadySettings settings, Environment env) {
        return HttpServerRequestsFilter.of(env.getProperty(METER_NAME, "http.server.requests"),
                LatencyBuckets.withTargets(settings.metrics().targets()), settings.metrics().maxLabelSets(),
                env.getProperty(MAX_URI_TAGS, Integer.class, 100));
    }

    /** The dashboards group by {@code application}; set here unless the app sets it itself. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MeterFilter launchReadyApplicationTag(LaunchReadySettings settings, Environment env) {
        if (env.containsProperty("management.metrics.tags.application")) {
            return new MeterFilter() { };
        }
        String name = settings.metrics().application()
                .orElseGet(() -> env.getProperty("spring.application.name", "application"));
        return MeterFilter.commonTags(java.util.List.of(io.micrometer.core.instrument.Tag.of("application", name)));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ServerRequestObservationConvention.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Conventions {

        @Bean
        @ConditionalOnMissingBean(ServerRequestObservationConvention.class)
        ServerRequestObservationConvention launchReadyServerRequestConvention(LaunchReadySettings settings,
                Environment env) {
            return new RouteConvention(env.getProperty(METER_NAME, "http.server.requests"),
                    RouteTable.of(settings.metrics().routes()));
        }
    }
}
