package dev.launchready.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The catalog: every key LaunchReady reads, with its default. Add a key here and nowhere else. */
final class Keys {

    static final Key<Boolean> ENABLED = flag("launchready.enabled", true);

    static final Key<Boolean> HEALTH_ENABLED = flag("launchready.health.enabled", true);
    static final Key<Duration> HEALTH_TIMEOUT = new Key<>("launchready.health.timeout", "2s",
            Parsers.DURATION + ", from 10ms to 5m", false,
            Parsers.durationBetween(Duration.ofMillis(10), Duration.ofMinutes(5)));
    static final Key<Duration> HEALTH_CACHE_TTL = new Key<>("launchready.health.cache-ttl", "5s",
            Parsers.DURATION + ", from 0s to 1d", false, Parsers.durationBetween(Duration.ZERO, Duration.ofDays(1)));
    static final Key<Integer> HEALTH_THREADS = new Key<>("launchready.health.threads", "4",
            "a whole number from 1 to 64", false, Parsers.intBetween(1, 64));
    static final Key<Duration> HEALTH_DRAIN_PERIOD = new Key<>("launchready.health.drain-period", "10s",
            Parsers.DURATION + ", from 0s (no drain) to 10m", false,
            Parsers.durationBetween(Duration.ZERO, Duration.ofMinutes(10)));
    static final Key<DetailsAccess> HEALTH_DETAILS = new Key<>("launchready.health.details", "loopback-or-token",
            Parsers.choices(DetailsAccess.class), false, Parsers.choice(DetailsAccess.class));
    static final Key<Optional<String>> HEALTH_TOKEN = new Key<>("launchready.health.token", "",
            "any text (a long random token)", true, Parsers::optionalText);
    static final Key<Boolean> HEALTH_DISK_ENABLED = flag("launchready.health.disk.enabled", true);
    static final Key<String> HEALTH_DISK_PATH = new Key<>("launchready.health.disk.path", ".",
            "a file system path", false, text -> text.isEmpty() ? "." : text);
    static final Key<Long> HEALTH_DISK_MIN_FREE = new Key<>("launchready.health.disk.min-free", "100MB",
            Parsers.DATA_SIZE, false, Parsers::dataSize);
    static final Key<Boolean> HEALTH_DISK_CRITICAL = flag("launchready.health.disk.critical", false);
    static final Key<Optional<URI>> HEALTH_HTTP_URL = new Key<>("launchready.health.http.url", "",
            "an http or https URL, such as https://api.stripe.com/healthcheck", true,
            Parsers.optionalUri("http", "https"));
    static final Key<Boolean> HEALTH_HTTP_CRITICAL = flag("launchready.health.http.critical", false);
    static final Key<Optional<String>> HEALTH_DATASOURCE_JNDI = new Key<>("launchready.health.datasource.jndi-name", "",
            "a JNDI name, such as java:comp/env/jdbc/app", false, Parsers::optionalText);
    static final Key<Boolean> HEALTH_DATASOURCE_CRITICAL = flag("launchready.health.datasource.critical", true);
    static final Key<Boolean> HEALTH_REDIS_CRITICAL = flag("launchready.health.redis.critical", false);

    static final Key<Optional<URI>> REDIS_URL = new Key<>("launchready.redis.url", "",
            "a Redis URL, such as redis://localhost:6379 or rediss://user:password@host:6380/0", true,
            Parsers.optionalUri("redis", "rediss"));

    static final List<Key<?>> ALL = List.of(ENABLED,
            HEALTH_ENABLED, HEALTH_TIMEOUT, HEALTH_CACHE_TTL, HEALTH_THREADS, HEALTH_DRAIN_PERIOD, HEALTH_DETAILS,
            HEALTH_TOKEN, HEALTH_DISK_ENABLED, HEALTH_DISK_PATH, HEALTH_DISK_MIN_FREE, HEALTH_DISK_CRITICAL,
            HEALTH_HTTP_URL, HEALTH_HTTP_CRITICAL, HEALTH_DATASOURCE_JNDI, HEALTH_DATASOURCE_CRITICAL,
            HEALTH_REDIS_CRITICAL, REDIS_URL);

    private Keys() {
    }

    private static Key<Boolean> flag(String name, boolean defaultValue) {
        return new Key<>(name, Boolean.toString(defaultValue), Parsers.BOOLEAN, false, Parsers::bool);
    }
}
