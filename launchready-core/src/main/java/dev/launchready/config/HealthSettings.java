package dev.launchready.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The health endpoints' settings, typed and validated.
 *
 * @param enabled whether {@code /livez}, {@code /readyz} and {@code /healthz} are served
 * @param timeout how long one check may run before it counts as failed
 * @param cacheTtl how long a check's result is reused; each check runs at most once per TTL
 * @param threads the size of the executor the checks run on
 * @param drainPeriod how long readiness answers 503 at shutdown before the server stops
 * @param details who may read per-check details
 * @param token the bearer token that unlocks details, if any
 * @param diskEnabled whether the free-disk-space check runs
 * @param diskPath the path whose file store is checked
 * @param diskMinFreeBytes below this much free space the disk check fails
 * @param diskCritical whether a disk failure makes the app unhealthy (else it degrades)
 * @param httpUrl an outbound HTTP dependency to check, if any
 * @param httpCritical whether that dependency failing makes the app unhealthy
 * @param dataSourceJndiName a JNDI name of a {@code DataSource} to check, if any (servlet apps)
 * @param dataSourceCritical whether a database failure makes the app unhealthy
 * @param redisCritical whether a Redis failure makes the app unhealthy
 */
public record HealthSettings(boolean enabled, Duration timeout, Duration cacheTtl, int threads,
        Duration drainPeriod, DetailsAccess details, Optional<String> token, boolean diskEnabled, String diskPath,
        long diskMinFreeBytes, boolean diskCritical, Optional<URI> httpUrl, boolean httpCritical,
        Optional<String> dataSourceJndiName, boolean dataSourceCritical, boolean redisCritical) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "HealthSettings[timeout=" + timeout + ", cacheTtl=" + cacheTtl + ", threads=" + threads
                + ", drainPeriod=" + drainPeriod + ", details=" + details + ", token="
                + (token.isPresent() ? "(set)" : "(none)") + "]";
    }
}
