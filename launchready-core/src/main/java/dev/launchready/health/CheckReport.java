package dev.launchready.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The last known result of one check.
 *
 * @param name the check's name
 * @param critical whether its failure fails readiness
 * @param status pass, warn or fail
 * @param latency how long the run took (the timeout, when it timed out)
 * @param output a cleaned, short reason; never a stack trace, URL credentials or a password
 * @param checkedAt when the run finished
 */
public record CheckReport(String name, boolean critical, HealthStatus status, Duration latency,
        Optional<String> output, Instant checkedAt) {
}
