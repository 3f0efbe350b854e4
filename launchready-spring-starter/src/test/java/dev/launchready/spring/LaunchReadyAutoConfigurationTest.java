package dev.launchready.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.health.HealthRegistry;
import dev.launchready.servlet.LaunchReadyFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

class LaunchReadyAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LaunchReadyAutoConfiguration.class))
            .withPropertyValues("launchready.health.drain-period=0s");

    @Test
    void defaultsGiveSettingsHealthAndTheFirstFilter() {
        web.run(context -> {
            assertThat(context).hasSingleBean(LaunchReadySettings.class).hasSingleBean(HealthRegistry.class)
                    .hasSingleBean(HealthEndpoints.class);
            FilterRegistrationBean<?> filter = context.getBean("launchReadyFilter", FilterRegistrationBean.class);
            assertThat(filter.getFilter()).isInstanceOf(LaunchReadyFilter.class);
            assertThat(filter.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
            assertThat(context.getBean(HealthRegistry.class).checkNames()).containsExactly("disk");
        });
    }

    @Test
    void springPropertiesReachCoreThroughTheOnePath() {
        web.withPropertyValues("launchready.health.timeout=750ms", "launchready.health.cache-ttl=1m")
                .run(context -> {
                    LaunchReadySettings settings = context.getBean(LaunchReadySettings.class);
                    assertThat(settings.health().timeout()).isEqualTo(Duration.ofMillis(750));
                    assertThat(settings.health().cacheTtl()).isEqualTo(Duration.ofMinutes(1));
                });
    }

    @Test
    void aBadValueFailsStartupNamingTheKey() {
        web.withPropertyValues("launchready.health.threads=zero").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("launchready.health.threads=\"zero\" is not valid")
                    .hasMessageContaining("1 to 64");
        });
    }

    @Test
    void userCheckBeansAndActuatorIndicatorsBecomeChecks() {
        web.withBean("paymentsCheck", HealthCheck.class,
                        () -> HealthCheck.of("payments", false, CheckResult::pass))
                .withBean("searchHealthIndicator", HealthIndicator.class, () -> () -> Health.down().build())
                .withBean("pingHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
                .run(context -> {
                    HealthRegistry registry = context.getBean(HealthRegistry.class);
                    assertThat(registry.checkNames()).contains("payments", "search").doesNotContain("ping");
                    assertThat(registry.report().checks()).filteredOn(c -> c.name().equals("search"))
                            .singleElement().satisfies(c -> assertThat(c.critical()).isTrue());
                });
    }

    @Test
    void withoutActuatorOnTheClassPathHealthStillWorks() {
        web.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(HealthRegistry.class)
                    .doesNotHaveBean("launchReadyActuatorChecks");
        });
    }

    @Test
    void aDataSourceBeanBecomesTheDatabaseCheck() {
        web.withBean("dataSource", javax.sql.DataSource.class, () -> new EmbeddedDatabaseBuilder()
                        .setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build())
                .run(context -> assertThat(context.getBean(HealthRegistry.class).report().checks())
                        .filteredOn(c -> c.name().equals("database")).singleElement()
                        .satisfies(c -> assertThat(c.status().word()).isEqualTo("pass")));
    }

    @Test
    void theAppsOwnBeansWin() {
        web.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean("myRegistry", HealthRegistry.class, () -> HealthRegistry.builder(
                        LaunchReadySettings.from(java.util.Map.of("launchready.health.drain-period", "0s")::get)
                                .health()).build())
                .run(context -> assertThat(context.getBean(HealthRegistry.class).checkNames()).isEmpty());
    }

    @Test
    void checkMetricsGoToTheAppsMeterRegistry() {
        web.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            context.getBean(HealthRegistry.class).report();
            assertThat(context.getBean(MeterRegistry.class).find("launchready.health.check.status").gauge())
                    .isNotNull();
        });
    }

    @Test
    void offSwitchesAreReadByCore() {
        web.withPropertyValues("launchready.health.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(HealthRegistry.class).hasBean("launchReadyFilter"));
        web.withPropertyValues("launchready.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(HealthRegistry.class).doesNotHaveBean("launchReadyFilter"));
    }

    @Test
    void rateLimitsComeWithTheirStoreAndBackOff() {
        web.run(context -> assertThat(context).hasSingleBean(dev.launchready.ratelimit.FormLimits.class)
                .hasSingleBean(dev.launchready.ratelimit.store.RateLimitStore.class)
                .hasSingleBean(dev.launchready.client.ClientAddresses.class));
        web.withPropertyValues("launchready.ratelimit.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(dev.launchready.ratelimit.FormLimits.class)
                        .hasBean("launchReadyFilter"));
        web.withPropertyValues("launchready.ratelimit.login.per-ip=lots").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("launchready.ratelimit.login.per-ip=\"lots\" is not valid")
                        .hasMessageContaining("30/5m"));
    }

    @Test
    void notAWebAppMeansNoFilter() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LaunchReadyAutoConfiguration.class))
                .withPropertyValues("launchready.health.drain-period=0s")
                .run(context -> assertThat(context).hasSingleBean(HealthRegistry.class)
                        .doesNotHaveBean("launchReadyFilter"));
    }
}
