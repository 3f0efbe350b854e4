package dev.launchready.spring;

import dev.launchready.config.DetailsAccess;
import java.net.URI;
import java.time.Duration;
import java.util.List;
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

    private final Client client = new Client();

    private final RateLimit ratelimit = new RateLimit();

    private final Redact redact = new Redact();

    private final AccessLog accessLog = new AccessLog();

    private final RequestId requestId = new RequestId();

    private final ErrorPages errorPages = new ErrorPages();

    private final Release release = new Release();

    private final Metrics metrics = new Metrics();

    private final Cache cache = new Cache();

    private final Https https = new Https();

    private final Headers headers = new Headers();

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

    public Client getClient() {
        return client;
    }

    public RateLimit getRatelimit() {
        return ratelimit;
    }

    public Metrics getMetrics() {
        return metrics;
    }

    public Cache getCache() {
        return cache;
    }

    public Https getHttps() {
        return https;
    }

    public Headers getHeaders() {
        return headers;
    }


    public Redact getRedact() {
        return redact;
    }

    public AccessLog getAccessLog() {
        return accessLog;
    }

    public RequestId getRequestId() {
        return requestId;
    }

    public ErrorPages getErrorPages() {
        return errorPages;
    }

    public Release getRelease() {
        return release;
    }

    /** The ID every log line of a request carries (MDC requestId) and its response header. */
    public static final class RequestId {

        /** Whether each request gets an ID in the MDC and the response. Default: true. */
        private Boolean enabled;

        /** Header the ID is read from (trusted proxies only) and returned in. Default: X-Request-Id. */
        private String header;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public String getHeader() {
            return header;
        }

        public void setHeader(String header) {
            this.header = header;
        }
    }

    /** The short page with a reference that replaces stack traces and bodiless 5xx. */
    public static final class ErrorPages {

        /** Whether escaped exceptions and bodiless 5xx get the reference page. Default: true. */
        private Boolean enabled;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** The release named in health details, the launchready.build.info gauge and the startup line. */
    public static final class Release {

        /** Version to report instead of RELEASE, build-info.properties or the jar manifest. Default: none. */
        private String version;

        /** Commit to report instead of GIT_COMMIT or git.properties. Default: none. */
        private String commit;

        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }

        public String getCommit() {
            return commit;
        }

        public void setCommit(String commit) {
            this.commit = commit;
        }
    }

    /** Log redaction: secrets and personal data replaced by labels such as [REDACTED:stripe-secret-key]. */
    public static final class Redact {

        /** Whether log lines are redacted. Default: true. */
        private Boolean enabled;

        /** What happens to email addresses: mask ([EMAIL]), hash ([EMAIL:keyed hash], needs hash-key) or keep. Default: mask. */
        private String emails;

        /** HMAC key (32+ characters, equal on every instance) for emails=hash. Default: none. */
        private String hashKey;

        /** The app's own rules, id=RE2 pattern separated by ; (a group marks the part replaced), such as "order-token=ord_[a-z0-9]{24}". Default: none. */
        private String rules;

        /** RE2 patterns separated by ;; a finding whose whole text matches one is kept. Default: none. */
        private String allow;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public String getEmails() {
            return emails;
        }

        public void setEmails(String emails) {
            this.emails = emails;
        }

        public String getHashKey() {
            return hashKey;
        }

        public void setHashKey(String hashKey) {
            this.hashKey = hashKey;
        }

        public String getRules() {
            return rules;
        }

        public void setRules(String rules) {
            this.rules = rules;
        }

        public String getAllow() {
            return allow;
        }

        public void setAllow(String allow) {
            this.allow = allow;
        }
    }

    /** The opt-in access log: one line per request on the launchready.access logger, query strings redacted. */
    public static final class AccessLog {

        /** Whether one line per request (method, route, status, latency, client address) is logged. Default: false. */
        private Boolean enabled;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }
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

        /** Redis URL such as rediss://:password@host:6380/0 for the health check and shared rate limits (else the REDIS_URL variable); needs launchready-redis. Default: none. */
        private URI url;

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }
    }

    /** Who may tell LaunchReady the client's address and scheme. */
    public static final class Client {

        /** Proxies whose forwarded headers are believed: CIDR ranges or addresses, private, cloudflare, or none. Default: private. */
        private List<String> trustedProxies;

        /** Whether CF-Connecting-IP and CF-Visitor are read from Cloudflare's ranges (which are then trusted). Default: false. */
        private Boolean cloudflare;

        /** How many leading bits of an IPv6 address identify one client, 32 to 128. Default: 64. */
        private Integer ipv6Prefix;

        public List<String> getTrustedProxies() {
            return trustedProxies;
        }

        public void setTrustedProxies(List<String> trustedProxies) {
            this.trustedProxies = trustedProxies;
        }

        public Boolean getCloudflare() {
            return cloudflare;
        }

        public void setCloudflare(Boolean cloudflare) {
            this.cloudflare = cloudflare;
        }

        public Integer getIpv6Prefix() {
            return ipv6Prefix;
        }

        public void setIpv6Prefix(Integer ipv6Prefix) {
            this.ipv6Prefix = ipv6Prefix;
        }
    }

    /** Rate limits on login, password-reset, signup and invite forms. */
    public static final class RateLimit {

        /** Whether forms are rate limited. Default: true. */
        private Boolean enabled;

        /** How many keys the in-memory store tracks at most. Default: 200000. */
        private Integer maxKeys;

        /**
         * How long a 429 is held back, without holding a thread, before it is sent: a script that retries the
         * instant it is refused then gets one answer per delay per connection instead of thousands a second.
         * 0s to 10s; 0s answers at once. Default: 1s.
         */
        private Duration rejectDelay;

        /** HMAC key for account keys and device cookies, at least 32 characters; generated per process when unset. Default: none. */
        private String secret;

        /** How much of a form body is read to find the account; larger bodies are limited by address only. Default: 64KB. */
        private String bodyLimit;

        /** Form or JSON fields that name the account; the first present wins. Default: email,username. */
        private List<String> identifierFields;

        /** Name of the signed cookie that marks a browser which logged in before. Default: lr_device. */
        private String deviceCookie;

        /** The app's own rules: "contact: POST /contact per-ip=5/1h per-account=2/1d; ...". Default: none. */
        private String rules;

        /** Where limits are kept: auto (on Redis when a Redis URL or the app's Lettuce connection is there and launchready-redis is on the class path), memory, or redis. Default: auto. */
        private String store;

        private final StoreRedis redis = new StoreRedis();

        private final Login login = new Login();

        private final PasswordReset passwordReset = new PasswordReset();

        private final Signup signup = new Signup();

        private final Invite invite = new Invite();

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getRejectDelay() {
            return rejectDelay;
        }

        public void setRejectDelay(Duration rejectDelay) {
            this.rejectDelay = rejectDelay;
        }

        public Integer getMaxKeys() {
            return maxKeys;
        }

        public void setMaxKeys(Integer maxKeys) {
            this.maxKeys = maxKeys;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        public String getBodyLimit() {
            return bodyLimit;
        }

        public void setBodyLimit(String bodyLimit) {
            this.bodyLimit = bodyLimit;
        }

        public List<String> getIdentifierFields() {
            return identifierFields;
        }

        public void setIdentifierFields(List<String> identifierFields) {
            this.identifierFields = identifierFields;
        }

        public String getDeviceCookie() {
            return deviceCookie;
        }

        public void setDeviceCookie(String deviceCookie) {
            this.deviceCookie = deviceCookie;
        }

        public String getRules() {
            return rules;
        }

        public void setRules(String rules) {
            this.rules = rules;
        }

        public String getStore() {
            return store;
        }

        public void setStore(String store) {
            this.store = store;
        }

        public StoreRedis getRedis() {
            return redis;
        }

        public Login getLogin() {
            return login;
        }

        public PasswordReset getPasswordReset() {
            return passwordReset;
        }

        public Signup getSignup() {
            return signup;
        }

        public Invite getInvite() {
            return invite;
        }
    }

    /** How rate limits shared on Redis behave when Redis is slow or down. */
    public static final class StoreRedis {

        /** How long one Redis decision may take before this instance's memory decides instead, 10ms to 5s. Default: 250ms. */
        private Duration timeout;

        /** How long decisions stay in memory after Redis failed before one call tries Redis again, 100ms to 5m. Default: 5s. */
        private Duration probeInterval;

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getProbeInterval() {
            return probeInterval;
        }

        public void setProbeInterval(Duration probeInterval) {
            this.probeInterval = probeInterval;
        }
    }

    /** Login form limits. */
    public static final class Login {

        /** Where logins are posted (exact, or a prefix ending in /**). Default: /login. */
        private List<String> paths;

        /** Every login attempt per client address, as count/duration. Default: 30/5m. */
        private String perIp;

        /** Failed logins per account from one address. Default: 5/15m. */
        private String failuresPerAccountAndIp;

        /** Failed logins per account from anywhere, skipped for a known device. Default: 20/1h. */
        private String failuresPerAccount;

        /** Failed logins from one known device. Default: 10/15m. */
        private String failuresPerDevice;

        /**
         * How many logins being checked at once make this instance busy: while it is, a login from an address whose
         * login failed in the last 15 minutes gets a 429 at once, so the password checks go to members first. 0 is
         * never busy. Default: 1.
         */
        private Integer busyAt;

        public List<String> getPaths() {
            return paths;
        }

        public void setPaths(List<String> paths) {
            this.paths = paths;
        }

        public String getPerIp() {
            return perIp;
        }

        public void setPerIp(String perIp) {
            this.perIp = perIp;
        }

        public String getFailuresPerAccountAndIp() {
            return failuresPerAccountAndIp;
        }

        public void setFailuresPerAccountAndIp(String failuresPerAccountAndIp) {
            this.failuresPerAccountAndIp = failuresPerAccountAndIp;
        }

        public String getFailuresPerAccount() {
            return failuresPerAccount;
        }

        public void setFailuresPerAccount(String failuresPerAccount) {
            this.failuresPerAccount = failuresPerAccount;
        }

        public String getFailuresPerDevice() {
            return failuresPerDevice;
        }

        public void setFailuresPerDevice(String failuresPerDevice) {
            this.failuresPerDevice = failuresPerDevice;
        }

        public Integer getBusyAt() {
            return busyAt;
        }

        public void setBusyAt(Integer busyAt) {
            this.busyAt = busyAt;
        }
    }

    /** Password-reset form limits, counted whether or not the account exists. */
    public static final class PasswordReset {

        /** Where password resets are requested. Default: /password-reset,/forgot-password. */
        private List<String> paths;

        /** Reset requests per client address. Default: 10/1h. */
        private String perIp;

        /** Reset requests per account. Default: 3/1h. */
        private String perAccount;

        public List<String> getPaths() {
            return paths;
        }

        public void setPaths(List<String> paths) {
            this.paths = paths;
        }

        public String getPerIp() {
            return perIp;
        }

        public void setPerIp(String perIp) {
            this.perIp = perIp;
        }

        public String getPerAccount() {
            return perAccount;
        }

        public void setPerAccount(String perAccount) {
            this.perAccount = perAccount;
        }
    }

    /** Signup form limits. */
    public static final class Signup {

        /** Where signups are posted. Default: /signup,/register. */
        private List<String> paths;

        /** Signups per client address. Default: 20/1h. */
        private String perIp;

        public List<String> getPaths() {
            return paths;
        }

        public void setPaths(List<String> paths) {
            this.paths = paths;
        }

        public String getPerIp() {
            return perIp;
        }

        public void setPerIp(String perIp) {
            this.perIp = perIp;
        }
    }

    /** Invite form limits. */
    public static final class Invite {

        /** Where invites are posted. Default: /invite. */
        private List<String> paths;

        /** Invites per client address. Default: 30/1h. */
        private String perIp;

        /** Invites per invited address. Default: 3/1d. */
        private String perTarget;

        public List<String> getPaths() {
            return paths;
        }

        public void setPaths(List<String> paths) {
            this.paths = paths;
        }

        public String getPerIp() {
            return perIp;
        }

        public void setPerIp(String perIp) {
            this.perIp = perIp;
        }

        public String getPerTarget() {
            return perTarget;
        }

        public void setPerTarget(String perTarget) {
            this.perTarget = perTarget;
        }
    }


    /** Request-latency metrics: buckets, routes and the label-set cap of http.server.requests; the scrape endpoint. */
    public static final class Metrics {

        /** Whether http.server.requests is timed (servlet apps) or enriched (Spring Boot), and /metrics served. Default: true. */
        private Boolean enabled;

        /** The application tag on every meter; unset: the servlet context's name or spring.application.name. Default: none. */
        private String application;

        /** Service-level targets, each an exact histogram bound: 1 to 6 durations from 1ms to 60s. Default: 300ms. */
        private List<Duration> targets;

        /** Label sets of http.server.requests that keep their route; later ones count under uri OVERFLOW. Default: 500. */
        private Integer maxLabelSets;

        /** Route templates (/members/{id}, /assets/**) for requests no servlet mapping or handler names. Default: none. */
        private List<String> routes;

        /** Where servlet apps serve the Prometheus scrape (Spring Boot uses Actuator's). Default: /metrics. */
        private String path;

        /** Who may scrape: loopback-or-token, token or never. Default: loopback-or-token. */
        private DetailsAccess access;

        /** Bearer token that unlocks the scrape. Default: none. */
        private String token;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public String getApplication() {
            return application;
        }

        public void setApplication(String application) {
            this.application = application;
        }

        public List<Duration> getTargets() {
            return targets;
        }

        public void setTargets(List<Duration> targets) {
            this.targets = targets;
        }

        public Integer getMaxLabelSets() {
            return maxLabelSets;
        }

        public void setMaxLabelSets(Integer maxLabelSets) {
            this.maxLabelSets = maxLabelSets;
        }

        public List<String> getRoutes() {
            return routes;
        }

        public void setRoutes(List<String> routes) {
            this.routes = routes;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public DetailsAccess getAccess() {
            return access;
        }

        public void setAccess(DetailsAccess access) {
            this.access = access;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }
    }
    /** Cache headers: what edge caches may store (never a member's response). */
    public static final class Cache {

        /** Whether the cache policy sets Cache-Control on responses. Default: true. */
        private Boolean enabled;

        /** Paths never cached by a shared cache, whoever asks (/account/** for a prefix). Default: /account/**,/admin/**,/settings/**,/billing/**. */
        private List<String> privatePaths;

        /** Request cookies that make a request a member's. Default: JSESSIONID,SESSION,remember-me. */
        private List<String> sessionCookies;

        /** How long an edge cache may keep an anonymous public page (s-maxage), 0s to 1d; 0s keeps pages out. Default: 60s. */
        private Duration pageEdgeTtl;

        /** How long an edge may serve a page while it fetches a fresh one, 0s to 1d. Default: 30s. */
        private Duration pageStaleWhileRevalidate;

        /** How long a static file without a fingerprint is cached before revalidation, 0s to 7d. Default: 10m. */
        private Duration staticTtl;

        /** Whether public pages also get CDN-Cache-Control (RFC 9213). Default: true. */
        private Boolean cdnCacheControl;

        /** Whether public pages also get Cloudflare-CDN-Cache-Control. Default: false. */
        private Boolean cloudflareCdnCacheControl;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getPrivatePaths() {
            return privatePaths;
        }

        public void setPrivatePaths(List<String> privatePaths) {
            this.privatePaths = privatePaths;
        }

        public List<String> getSessionCookies() {
            return sessionCookies;
        }

        public void setSessionCookies(List<String> sessionCookies) {
            this.sessionCookies = sessionCookies;
        }

        public Duration getPageEdgeTtl() {
            return pageEdgeTtl;
        }

        public void setPageEdgeTtl(Duration pageEdgeTtl) {
            this.pageEdgeTtl = pageEdgeTtl;
        }

        public Duration getPageStaleWhileRevalidate() {
            return pageStaleWhileRevalidate;
        }

        public void setPageStaleWhileRevalidate(Duration pageStaleWhileRevalidate) {
            this.pageStaleWhileRevalidate = pageStaleWhileRevalidate;
        }

        public Duration getStaticTtl() {
            return staticTtl;
        }

        public void setStaticTtl(Duration staticTtl) {
            this.staticTtl = staticTtl;
        }

        public Boolean getCdnCacheControl() {
            return cdnCacheControl;
        }

        public void setCdnCacheControl(Boolean cdnCacheControl) {
            this.cdnCacheControl = cdnCacheControl;
        }

        public Boolean getCloudflareCdnCacheControl() {
            return cloudflareCdnCacheControl;
        }

        public void setCloudflareCdnCacheControl(Boolean cloudflareCdnCacheControl) {
            this.cloudflareCdnCacheControl = cloudflareCdnCacheControl;
        }
    }

    /** HSTS and the HTTPS/canonical-host redirect. */
    public static final class Https {

        /** Whether HTTPS responses get Strict-Transport-Security. Default: true. */
        private Boolean hsts;

        /** HSTS max-age, 0s to 730d. Default: 365d. */
        private Duration hstsMaxAge;

        /** Whether HSTS covers every subdomain too. Default: false. */
        private Boolean includeSubdomains;

        /** Whether HSTS asks to be preloaded into browsers; needs include-subdomains and 365d. Default: false. */
        private Boolean preload;

        /** Whether plain HTTP and alias hosts are redirected to https://host (only when host is set). Default: true. */
        private Boolean redirect;

        /** The canonical host redirects lead to, such as example.com; empty: no redirects. Default: none. */
        private String host;

        /** Other host names of ours that redirect to the canonical host, such as www.example.com. Default: none. */
        private List<String> aliases;

        /** The HTTPS port redirect targets name; 443 is left out. Default: 443. */
        private Integer port;

        /** Paths never redirected, such as webhooks; ACME challenges and health endpoints always are. Default: /webhooks/**. */
        private List<String> exemptPaths;

        public Boolean getHsts() {
            return hsts;
        }

        public void setHsts(Boolean hsts) {
            this.hsts = hsts;
        }

        public Duration getHstsMaxAge() {
            return hstsMaxAge;
        }

        public void setHstsMaxAge(Duration hstsMaxAge) {
            this.hstsMaxAge = hstsMaxAge;
        }

        public Boolean getIncludeSubdomains() {
            return includeSubdomains;
        }

        public void setIncludeSubdomains(Boolean includeSubdomains) {
            this.includeSubdomains = includeSubdomains;
        }

        public Boolean getPreload() {
            return preload;
        }

        public void setPreload(Boolean preload) {
            this.preload = preload;
        }

        public Boolean getRedirect() {
            return redirect;
        }

        public void setRedirect(Boolean redirect) {
            this.redirect = redirect;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public List<String> getAliases() {
            return aliases;
        }

        public void setAliases(List<String> aliases) {
            this.aliases = aliases;
        }

        public Integer getPort() {
            return port;
        }

        public void setPort(Integer port) {
            this.port = port;
        }

        public List<String> getExemptPaths() {
            return exemptPaths;
        }

        public void setExemptPaths(List<String> exemptPaths) {
            this.exemptPaths = exemptPaths;
        }
    }

    /** Baseline security headers; none replaces a header the app set unless override is true. */
    public static final class Headers {

        /** Whether X-Content-Type-Options: nosniff is sent. Default: true. */
        private Boolean contentTypeOptions;

        /** The Referrer-Policy value, or none. Default: strict-origin-when-cross-origin. */
        private String referrerPolicy;

        /** Who may frame the pages: deny, sameorigin or none (X-Frame-Options and CSP frame-ancestors). Default: deny. */
        private String frameOptions;

        /** Whether HTTPS pages get CSP upgrade-insecure-requests. Default: true. */
        private Boolean upgradeInsecureRequests;

        /** Whether these headers replace the app's own values. Default: false. */
        private Boolean override;

        public Boolean getContentTypeOptions() {
            return contentTypeOptions;
        }

        public void setContentTypeOptions(Boolean contentTypeOptions) {
            this.contentTypeOptions = contentTypeOptions;
        }

        public String getReferrerPolicy() {
            return referrerPolicy;
        }

        public void setReferrerPolicy(String referrerPolicy) {
            this.referrerPolicy = referrerPolicy;
        }

        public String getFrameOptions() {
            return frameOptions;
        }

        public void setFrameOptions(String frameOptions) {
            this.frameOptions = frameOptions;
        }

        public Boolean getUpgradeInsecureRequests() {
            return upgradeInsecureRequests;
        }

        public void setUpgradeInsecureRequests(Boolean upgradeInsecureRequests) {
            this.upgradeInsecureRequests = upgradeInsecureRequests;
        }

        public Boolean getOverride() {
            return override;
        }

        public void setOverride(Boolean override) {
            this.override = override;
        }
    }
}
