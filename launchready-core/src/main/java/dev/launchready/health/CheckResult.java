package dev.launchready.health;

import java.util.Objects;
import java.util.Optional;

/**
 * What one run of a {@link HealthCheck} found. A check may also just throw: that is a failure whose
 * text is the exception's, cleaned of URLs, credentials and stack traces.
 *
 * @param status pass, warn or fail
 * @param output a short human-readable reason, shown only to callers allowed to see details
 */
public record CheckResult(HealthStatus status, Optional<String> output) {

    private static final CheckResult PASS = new CheckResult(HealthStatus.PASS, Optional.empty());

    public CheckResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(output, "output");
    }

    public static CheckResult pass() {
        return PASS;
    }

    public static CheckResult pass(String output) {
        return new CheckResult(HealthStatus.PASS, Optional.of(output));
    }

    public static CheckResult warn(String output) {
        return new CheckResult(HealthStatus.WARN, Optional.of(output));
    }

    public static CheckResult fail(String output) {
        return new CheckResult(HealthStatus.FAIL, Optional.of(output));
    }
}
