package dev.launchready.spring;

import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Existing Actuator {@code HealthIndicator} beans count as critical checks, as they do in Actuator,
 * but run under LaunchReady's timeout and cache. Actuator's own endpoints are left as they are.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
@Conditional(FeatureCondition.Health.class)
class ActuatorHealthConfiguration {

    /** Ours already cover these, or they only echo Spring's availability state. */
    private static final Set<String> SKIPPED = Set.of("ping", "diskSpace", "db", "livenessState", "readinessState");

    @Bean
    HealthCheckSource launchReadyActuatorChecks(ApplicationContext context) {
        return () -> {
            List<HealthCheck> checks = new ArrayList<>();
            for (Map.Entry<String, HealthIndicator> e : context.getBeansOfType(HealthIndicator.class, false, false).entrySet()) {
                String name = e.getKey().endsWith("HealthIndicator")
                        ? e.getKey().substring(0, e.getKey().length() - "HealthIndicator".length()) : e.getKey();
                if (!SKIPPED.contains(name)) {
                    HealthIndicator indicator = e.getValue();
                    checks.add(HealthCheck.of(name, true, () -> result(indicator.health(false))));
                }
            }
            return checks;
        };
    }

    /** Status only: an indicator's details can hold hosts and versions, which details never show. */
    static CheckResult result(Health health) {
        Status status = health == null ? Status.UNKNOWN : health.getStatus();
        if (Status.UP.equals(status)) {
            return CheckResult.pass();
        }
        if (Status.DOWN.equals(status) || Status.OUT_OF_SERVICE.equals(status)) {
            return CheckResult.fail("actuator status " + status.getCode());
        }
        return CheckResult.warn("actuator status " + status.getCode());
    }
}
