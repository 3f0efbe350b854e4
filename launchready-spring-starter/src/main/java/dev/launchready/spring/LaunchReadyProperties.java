package dev.launchready.spring;

import dev.launchready.config.DetailsAccess;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code launchready.*} properties, for IDE help only: the configuration processor turns this
 * class into {@code spring-configuration-metadata.json}. It is never bound: core reads every value
 * from the Environment, with core's defaults and core's validation, so servlet and Spring apps can
 * never disagree. {@code LaunchReadyPropertiesMetadataTest} keeps this class and core's keys equal.
 */
@ConfigurationProperties(prefix = "launchready")
public final class LaunchReadyProperties {

    /** Whether LaunchReady does anything at all. Default: true. */
    private Boolean enabled;

    private final Health health = new Health();

    private final Redis redis = new Redis();

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Health getHealth() {
        return health;
    }

    public Redis getRedis() {
        return redis;
    }

    /** Health endpoints: /livez, /readyz, /healthz. */
    public static final class Health {

        /** Whether the health endpoints are served. Default: true. */
        private Boolean enabled;

        /** How long one check may run before it counts as failed, from 10ms to 5m. Default: 2s. */
        private Duration timeout;

        /** How long a check's result is reused (up to 1d); each check runs at most once per TTL. Default: 5s. */
        private Duration cacheTtl;

        /** Size of the executor checks run on, 1 to 64. Default: 4. */
        private Integer threads;

        /** How long /readyz answers 503 at shutdown before the server stops, up to 10m; 0s turns it off. Default: 10s. */
        private Duration drainPeriod;

        /** Who may read per-check details. Default: loopback-or-token. */
        private DetailsAccess details;

        /** Bearer token that unlocks details; compared in constant time. Default: none. */
        private String token;

        private final Disk disk = new Disk();

        private final Http http = new Http();

        private final Datasource datasource = new Datasource();

        private final RedisCheck redis = new RedisCheck();

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getCacheTtl() {
            return cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }

        public Integer getThreads() {
            return threads;
        }

        public void setThreads(Integer threads) {
            this.threads = threads;
        }

        public Duration getDrainPeriod() {
            return drainPeriod;
        }

        public void setDrainPeriod(Duration drainPeriod) {
            this.drainPeriod = drainPeriod;
        }

        public DetailsAccess getDetails() {
            return details;
        }

        public void setDetails(DetailsAccess details) {
            this.details = details;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public Disk getDisk() {
            return disk;
        }

        public Http getHttp() {
            return http;
        }

        public Datasource getDatasource() {
            return datasource;
        }

        public RedisCheck getRedis() {
            return redis;
        }
    }

    /** The free-disk-space check. */
    public static final class Disk {

        /** Whether the free-disk-space check runs. Default: true. */
        private Boolean enabled;

        /** The path whose file store is checked. Default: . */
        private String path;

        /** Below this much free space the check fails, such as 100MB. Default: 100MB. */
        private String minFree;

        /** Whether low disk makes the app unhealthy rather than degraded. Default: false. */
        private Boolean critical;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getMinFree() {
            return minFree;
        }

        public void setMinFree(String minFree) {
            this.minFree = minFree;
        }

        public Boolean getCritical() {
            return critical;
        }

        public void setCritical(Boolean critical) {
            this.critical = critical;
        }
    }

    /** An outbound HTTP dependency to check. */
    public static final class Http {

        /** The URL to GET; any answer below 500 passes. Default: none. */
        private URI url;

        /** Whether that dependency failing makes the app unhealthy. Default: false. */
        private Boolean critical;

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }

        public Boolean getCritical() {
            return critical;
        }

        public void setCritical(Boolean critical) {
            this.critical = critical;
        }
    }

    /** The database check (one per DataSource bean in Spring). */
    public static final class Datasource {

        /** JNDI name of a DataSource to check, for servlet apps. Default: none. */
        private String jndiName;

        /** Whether a database failure makes the app unhealthy. Default: true. */
        private Boolean critical;

        public String getJndiName() {
            return jndiName;
        }

        public void setJndiName(String jndiName) {
            this.jndiName = jndiName;
        }

        public Boolean getCritical() {
            return critical;
        }

        public void setCritical(Boolean critical) {
            this.critical = critical;
        }
    }

    /** The Redis PING check. */
    public static final class RedisCheck {

        /** Whether Redis failing makes the app unhealthy. Default: false. */
        private Boolean critical;

        public Boolean getCritical() {
            return critical;
        }

        public void setCritical(Boolean critical) {
            this.critical = critical;
        }
    }

    /** The Redis server LaunchReady checks (and, with launchready-redis, shares rate limits on). */
    public static final class Redis {

        /** Redis URL such as redis://localhost:6379; needs launchready-redis. Default: none. */
        private URI url;

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }
    }
}
