package dev.launchready.health;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * One dependency the app needs: a database, Redis, an API. LaunchReady runs it on its own small
 * executor with a timeout and caches its result, so it may block; it should not retry.
 *
 * <pre>{@code
 * HealthCheck.of("payments", false, () -> stripe.ping() ? CheckResult.pass() : CheckResult.fail("no answer"));
 * }</pre>
 */
public interface HealthCheck {

    /** A short stable name such as {@code database}; shown in details and used as a metric tag. */
    String name();

    /**
     * Whether the app cannot serve without it. A critical failure makes {@code /readyz} and
     * {@code /healthz} answer 503; a non-critical one only degrades {@code /healthz} to {@code warn}.
     */
    default boolean critical() {
        return true;
    }

    /** Runs the check once; throwing counts as a failure. */
    CheckResult check() throws Exception;

    /** A check from a name, its criticality and a callable. */
    static HealthCheck of(String name, boolean critical, Callable<CheckResult> check) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean critical() {
                return critical;
            }

            @Override
            public CheckResult check() throws Exception {
                return check.call();
            }

            @Override
            public String toString() {
                return "HealthCheck[" + name + (critical ? ", critical]" : "]");
            }
        };
    }
}
