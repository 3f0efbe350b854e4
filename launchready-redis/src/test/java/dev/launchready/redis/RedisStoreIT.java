package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.Limit;
import dev.launchready.ratelimit.store.Decision;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Redis store on a real {@code redis-server}, with Redis's own clock. */
class RedisStoreIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void concurrentTakesOnOneKeyAllowExactlyTheLimit() throws Exception {
        RedisServerProcess redis = later(RedisServerProcess.start());
        RateLimitStore store = store(redis.url());
        Limit limit = Limit.parse("50/1h");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> takes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                takes.add(() -> store.take("hot", limit).allowed());
            }
            long allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(takes)) {
                allowed += f.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneRoundTripPerDecisionOnOneConnectionAndEveryKeyExpires() {
        RedisServerProcess redis = later(RedisServerProcess.start());
        RateLimitStore store = store(redis.url());
        RedisProbe probe = later(new RedisProbe(redis.url()));
        Limit limit = Limit.parse("5/15m");
        store.take("warm", limit); // connects and loads the script
        long evalsha = probe.calls("evalsha");
        long eval = probe.calls("eval");
        long connections = probe.connectionsReceived();

        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            decisions.add(store.take("login:acct:abc", limit));
        }
        decisions.add(store.peek("login:acct:abc", limit));

        assertThat(decisions).extracting(Decision::allowed).containsExactly(true, true, true, true, true, false, false, false);
        assertThat(decisions).extracting(Decision::remaining).containsExactly(4, 3, 2, 1, 0, 0, 0, 0);
        assertThat(decisions.get(5).retryAfter()).isBetween(Duration.ofSeconds(179), Duration.ofSeconds(180));
        assertThat(probe.calls("evalsha") - evalsha).as("EVALSHA per decision").isEqualTo(8);
        assertThat(probe.calls("eval") - eval).as("script text sent again").isZero();
        assertThat(probe.connectionsReceived()).as("connections opened").isEqualTo(connections);

        long pttl = probe.sync().pttl(RedisStore.PREFIX + "login:acct:abc");
        // Five allowed events put the arrival time 15 min ahead: the key goes exactly when the burst is back.
        assertThat(pttl).isBetween(Duration.ofMinutes(15).minusSeconds(2).toMillis(), Duration.ofMinutes(15).toMillis());
        assertThat(probe.sync().ttl(RedisStore.PREFIX + "warm")).isPositive();

        store.reset("login:acct:abc");
        assertThat(probe.sync().exists(RedisStore.PREFIX + "login:acct:abc")).isZero();
        assertThat(store.take("login:acct:abc", limit).remaining()).isEqualTo(4);
    }

    @Test
    void aFlushedScriptCacheCostsOneEvalThenEvalshaAgain() {
        RedisServerProcess redis = later(RedisServerProcess.start());
        RateLimitStore store = store(redis.url());
        RedisProbe probe = later(new RedisProbe(redis.url()));
        Limit limit = Limit.parse("3/1m");
        assertThat(store.take("k", limit).remaining()).isEqualTo(2);

        probe.sync().scriptFlush(); // what a restart or failover to a fresh replica does
        long eval = probe.calls("eval");
        assertThat(store.take("k", limit).remaining()).isEqualTo(1);
        assertThat(store.take("k", limit).remaining()).isEqualTo(0);

        assertThat(probe.calls("eval") - eval).isEqualTo(1);
    }

    @Test
    void passwordAndDatabaseFromTheUrl() {
        RedisServerProcess redis = later(RedisServerProcess.start("--requirepass", "s3cret-pw"));
        RateLimitStore store = store(redis.url(":s3cret-pw") + "/3");
        assertThat(store.take("db-key", Limit.parse("2/1m")).allowed()).isTrue();

        RedisProbe probe = later(new RedisProbe(redis.url(":s3cret-pw") + "/3"));
        assertThat(probe.sync().exists(RedisStore.PREFIX + "db-key")).isEqualTo(1);
        probe.sync().select(0);
        assertThat(probe.sync().exists(RedisStore.PREFIX + "db-key")).isZero();
    }

    @Test
    void aGarbledValueIsReadAsAFreshKeyNotAnError() {
        RedisServerProcess redis = later(RedisServerProcess.start());
        RateLimitStore store = store(redis.url());
        RedisProbe probe = later(new RedisProbe(redis.url()));
        probe.sync().set(RedisStore.PREFIX + "odd", "not a time");
        assertThat(store.take("odd", Limit.parse("2/1m")).remaining()).isEqualTo(1);
        assertThat(probe.sync().get(RedisStore.PREFIX + "odd")).matches("\\d+ \\d+");
    }

    @Test
    void aClusterNodesUrlIsEnoughEachKeyGoesToItsMaster() throws Exception {
        RedisCluster cluster = later(RedisCluster.start());
        RateLimitStore store = store(cluster.url());
        Limit limit = Limit.parse("2/1m");
        for (int i = 0; i < 12; i++) {
            assertThat(store.take("k" + i, limit).remaining()).as("k%d", i).isEqualTo(1);
            assertThat(store.take("k" + i, limit).remaining()).isEqualTo(0);
            assertThat(store.take("k" + i, limit).allowed()).isFalse();
        }
        assertThat(cluster.keysPerNode()).as("keys per master").allMatch(n -> n > 0);
        assertThat(cluster.keysPerNode().stream().mapToLong(Long::longValue).sum()).isEqualTo(12);
    }

    private RateLimitStore store(String url) {
        Connector connector = later(Connector.to(RedisURI.create(url), TIMEOUT));
        return new RedisStore(connector, TIMEOUT);
    }

    private <T extends AutoCloseable> T later(T closeable) {
        toClose.add(closeable);
        return closeable;
    }
}
