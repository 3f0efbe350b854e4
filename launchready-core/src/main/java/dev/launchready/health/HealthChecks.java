package dev.launchready.health;

import dev.launchready.config.HealthSettings;
import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/** The built-in checks, and the set the settings ask for. */
public final class HealthChecks {

    private HealthChecks() {
    }

    /** Fails when the file store of {@code path} has less than {@code minFreeBytes} usable. */
    public static HealthCheck diskSpace(Path path, long minFreeBytes, boolean critical) {
        return HealthCheck.of("disk", critical, new DiskSpaceCheck(path, minFreeBytes));
    }

    /** Checks a connection from {@code dataSource} with {@code Connection.isValid} within {@code timeout}. */
    public static HealthCheck dataSource(String name, DataSource dataSource, boolean critical, Duration timeout) {
        return HealthCheck.of(name, critical, new DataSourceCheck(dataSource, timeout));
    }

    /** GETs {@code uri}; any answer below 500 passes. */
    public static HealthCheck http(String name, URI uri, boolean critical, Duration timeout) {
        return HealthCheck.of(name, critical, new HttpDependencyCheck(uri, timeout));
    }

    /**
     * The checks the settings ask for: disk space, the HTTP dependency, and those of every
     * {@link HealthCheckProvider} on the class path (Redis from {@code launchready-redis}).
     *
     * @throws dev.launchready.config.InvalidSettingException when Redis is configured but no module can check it
     */
    public static List<HealthCheck> fromSettings(LaunchReadySettings settings, ClassLoader classLoader) {
        HealthSettings health = settings.health();
        List<HealthCheck> checks = new ArrayList<>();
        if (health.diskEnabled()) {
            checks.add(diskSpace(Path.of(health.diskPath()), health.diskMinFreeBytes(), health.diskCritical()));
        }
        health.httpUrl().ifPresent(uri -> checks.add(http("http", uri, health.httpCritical(), health.timeout())));
        int before = checks.size();
        for (HealthCheckProvider provider : ServiceLoader.load(HealthCheckProvider.class, classLoader)) {
            checks.addAll(provider.checks(settings));
        }
        // REDIS_URL alone is the platform's variable, maybe for the app's own cache: only LaunchReady's key insists.
        if (settings.rateLimitStore().urlFromLaunchReadyKey() && checks.stream().skip(before).noneMatch(c -> c.name().equals("redis"))) {
            throw new InvalidSettingException("launchready.redis.url",
                    "is set, but no Redis check is available: add dev.launchready:launchready-redis, or unset it");
        }
        return checks;
    }
}
