package dev.launchready.health;

import java.util.List;

/**
 * The app's health at one moment, built from cached check results.
 *
 * @param phase starting, ready or draining
 * @param checks the last known result of every check, in registration order
 */
public record HealthReport(Phase phase, List<CheckReport> checks) {

    public HealthReport {
        checks = List.copyOf(checks);
    }

    /** For {@code /healthz}: fail when a critical check fails, warn when anything else is not passing. */
    public HealthStatus overall() {
        HealthStatus status = HealthStatus.PASS;
        for (CheckReport check : checks) {
            HealthStatus s = check.status();
            status = status.worst(s == HealthStatus.FAIL && !check.critical() ? HealthStatus.WARN : s);
        }
        return status;
    }

    /** For {@code /readyz}: started, not draining, and no critical check failing. */
    public boolean ready() {
        return phase == Phase.READY && overall() != HealthStatus.FAIL;
    }
}
