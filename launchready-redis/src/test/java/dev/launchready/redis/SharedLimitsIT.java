package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three instances of an app on real Jetty servers behind one Redis (plain, then a Cluster of three masters)
 * enforce one limit between them: what a founder runs behind a load balancer.
 */
class SharedLimitsIT {

    private static final String SECRET = "the-same-secret-on-every-instance-0123456789";
    private static final int SIGNUPS = 7;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private int round;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void threeInstancesOnOneRedisAllowExactlyTheLimitBetweenThem() throws Exception {
        RedisServerProcess redis = later(RedisServerProcess.start());
        List<AppInstance> apps = instances(redis.url(), Map.of());

        assertThat(roundRobin(apps, "/signup", "email=new@example.com", 10, "X-Forwarded-For", "198.51.100.7"))
                .containsExactly(200, 200, 200, 200, 200, 200, 200, 429, 429, 429);
        // Failures per account and address (5/15m): the account's HMAC is the same on every instance.
        assertThat(roundRobin(apps, "/login", "email=Member@Example.com&password=wrong", 7,
                "X-Forwarded-For", "203.0.113.9")).containsExactly(401, 401, 401, 401, 401, 429, 429);
    }

    @Test
    void aClusterOfThreeMastersGivesTheSameResult() throws Exception {
        RedisCluster cluster = later(RedisCluster.start());
        List<AppInstance> apps = instances(cluster.url(), Map.of());

        // Clients from several addresses: their keys hash to slots on different masters.
        for (int client = 1; client <= 6; client++) {
            assertThat(roundRobin(apps, "/signup", "email=x@example.com", SIGNUPS + 2, "X-Forwarded-For",
                    "198.51.100." + client)).as("client %d", client)
                    .containsExactly(200, 200, 200, 200, 200, 200, 200, 429, 429);
        }
        assertThat(cluster.keysPerNode()).as("keys per master").filteredOn(n -> n > 0).hasSizeGreaterThan(1);
    }

    @Test
    void killMinusNineMidRunNoServerErrorNoUnlimitedWindowThenBackOnRedis() throws Exception {
        RedisServerProcess redis = later(RedisServerProcess.start());
        List<AppInstance> apps = instances(redis.url(), Map.of("launchready.ratelimit.redis.timeout", "200ms",
                "launchready.ratelimit.redis.probe-interval", "300ms"));
        assertThat(roundRobin(apps, "/signup", "e=1", 3, "X-Forwarded-For", "198.51.100.20"))
                .containsExactly(200, 200, 200);

        redis.kill();

        // Each instance now counts alone, from zero: at most 7 each (21), never unlimited, never a 5xx.
        List<Integer> during = roundRobin(apps, "/signup", "e=1", 30, "X-Forwarded-For", "198.51.100.20");
        assertThat(during).allMatch(s -> s == 200 || s == 429);
        assertThat(during.stream().filter(s -> s == 200).count()).isBetween(1L, 3L * SIGNUPS);
        assertThat(during.subList(24, 30)).containsOnly(429);
        // Health checks refresh in the background: the first answer after the switch may still be the old one.
        long warnBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!apps.get(0).get("/healthz").body().contains("\"ratelimit-store\":[{\"status\":\"warn\"")) {
            assertThat(System.nanoTime()).as("ratelimit-store warns within 5 s").isLessThan(warnBy);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        assertThat(apps.get(0).get("/readyz").statusCode()).as("readiness degrades, never fails").isEqualTo(200);

        redis.restart();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<Integer> after;
        // Back on Redis (empty after the restart): one limit across the three again, once all three probed it.
        do {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(400));
            for (AppInstance app : apps) {
                app.post("/signup", "e=1", "X-Forwarded-For", "198.51.100.99"); // a key nobody uses after
            }
            // A fresh client address each round: a round that met memory must not spoil the next.
            after = roundRobin(apps, "/signup", "e=1", 10, "X-Forwarded-For", "198.51.100." + (30 + round++));
        } while (!after.equals(List.of(200, 200, 200, 200, 200, 200, 200, 429, 429, 429)) && System.nanoTime() < deadline);
        assertThat(after).containsExactly(200, 200, 200, 200, 200, 200, 200, 429, 429, 429);
    }

    @Test
    void redisOnWithoutASecretStopsStartupNamingTheSetting() {
        Map<String, String> params = Map.of("launchready.redis.url", "redis://127.0.0.1:6390",
                "launchready.health.drain-period", "0s");
        assertThatThrownBy(() -> later(AppInstance.start(params)))
                .hasStackTraceContaining("launchready.ratelimit.secret: must be set, the same on every instance");
    }

    private List<AppInstance> instances(String url, Map<String, String> extra) throws Exception {
        Map<String, String> params = new HashMap<>(extra);
        params.put("launchready.redis.url", url);
        params.put("launchready.ratelimit.secret", SECRET);
        params.put("launchready.ratelimit.signup.per-ip", SIGNUPS + "/1h");
        params.put("launchready.health.disk.enabled", "false");
        params.put("launchready.health.cache-ttl", "0s");
        params.put("launchready.health.drain-period", "0s");
        List<AppInstance> apps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            apps.add(later(AppInstance.start(params)));
        }
        for (AppInstance app : apps) {
            awaitShared(app);
        }
        return apps;
    }

    /** Until the store's health check passes: connected (a cold JVM's first connect can outlast one decision). */
    private static void awaitShared(AppInstance app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!app.get("/healthz").body().contains("\"pass\"") || app.get("/healthz").body().contains("warn")) {
            assertThat(System.nanoTime()).as("healthz passing within 15 s").isLessThan(deadline);
            app.post("/signup", "warm=1", "X-Forwarded-For", "192.0.2.1");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private static List<Integer> roundRobin(List<AppInstance> apps, String path, String form, int n, String... headers)
            throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statuses.add(apps.get(i % apps.size()).post(path, form, headers));
        }
        return statuses;
    }

    private <T extends AutoCloseable> T later(T closeable) {
        toClose.add(closeable);
        return closeable;
    }
}
