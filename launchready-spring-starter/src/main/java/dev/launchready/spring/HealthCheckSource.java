package dev.launchready.spring;

import dev.launchready.health.HealthCheck;
import java.util.List;

/** Checks adapted from other beans (Actuator indicators, data sources); internal to the starter. */
@FunctionalInterface
interface HealthCheckSource {

    List<HealthCheck> checks();
}
