package dev.launchready.spring;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.HealthCheck;
import dev.launchready.health.HealthChecks;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.health.HealthRegistry;
import dev.launchready.trace.Release;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@Conditional(FeatureCondition.Health.class)
class HealthConfiguration {

    /** Built-in checks from the settings (owned: closed with the registry), then every HealthCheck bean. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    HealthRegistry launchReadyHealthRegistry(LaunchReadySettings settings, ObjectProvider<HealthCheck> checks,
            ObjectProvider<HealthCheckSource> sources, ObjectProvider<MeterRegistry> meters,
            ObjectProvider<Release> release, ApplicationContext context) {
        HealthRegistry.Builder builder = HealthRegistry.builder(settings.health());
        release.ifAvailable(builder::release);
        HealthRegistry registry = builder
                .ownedChecks(HealthChecks.fromSettings(settings, context.getClassLoader()))
                .checks(checks.orderedStream().toList())
                .meterRegistry(meters.getIfUnique(() -> Metrics.globalRegistry))
                .build();
        sources.orderedStream().forEach(source -> source.checks().forEach(registry::register));
        return registry;
    }

    @Bean
    @ConditionalOnMissingBean
    HealthEndpoints launchReadyHealthEndpoints(HealthRegistry registry) {
        return HealthEndpoints.of(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    HealthLifecycle launchReadyHealthLifecycle(HealthRegistry registry, HealthEndpoints endpoints) {
        return new HealthLifecycle(registry, endpoints);
    }

    /** One {@code database} check per DataSource bean ({@code database-<bean>} when there are several). */
    @Bean
    HealthCheckSource launchReadyDataSourceChecks(LaunchReadySettings settings, ApplicationContext context) {
        return () -> {
            Map<String, DataSource> dataSources = context.getBeansOfType(DataSource.class, false, false);
            boolean one = dataSources.size() == 1;
            return dataSources.entrySet().stream()
                    .map(e -> HealthChecks.dataSource(one ? "database" : "database-" + e.getKey(), e.getValue(),
                            settings.health().dataSourceCritical(), settings.health().timeout()))
                    .toList();
        };
    }
}
