package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.Limit;
import dev.launchready.ratelimit.store.Decision;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lua script and core's in-memory GCRA decide alike: the same random sequence of takes, peeks, resets
 * and clock moves, on both stores with one fake clock (the script's test-only "now" instead of TIME), gives
 * equal {@link Decision}s, for limits whose intervals are not whole microseconds and windows whose
 * nanoseconds are past 2^53 (where a naive Lua script in doubles would round).
 */
class GcraParityIT {

    private static final List<Limit> LIMITS = List.of(Limit.parse("3/1s"), Limit.parse("7/10s"), Limit.parse("30/5m"),
            Limit.parse("5/15m"), Limit.parse("3/1d"), Limit.parse("2/400d"), Limit.parse("1000/1s"));

    private static RedisServerProcess redis;
    private static Connector connector;

    @BeforeAll
    static void startRedis() {
        redis = RedisServerProcess.start();
        connector = Connector.to(RedisURI.create(redis.url()), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopRedis() {
        connector.close();
        redis.close();
    }

    @Test
    void aRandomSequenceGetsEqualDecisionsFromBothStores() {
        // Microseconds since 1970, as Redis's TIME gives them: far past 2^53 nanoseconds.
        AtomicLong micros = new AtomicLong(1_795_000_000_000_000L);
        RateLimitStore memory = RateLimitStore.inMemory(10_000, () -> micros.get() * 1000);
        RateLimitStore onRedis = new RedisStore(connector, Duration.ofSeconds(2), micros::get);
        Random random = new Random(6);
        List<String> mismatches = new ArrayList<>();
        int allowed = 0;
        int denied = 0;
        for (int i = 0; i < 3000; i++) {
            int k = random.nextInt(LIMITS.size());
            String key = "parity:" + k + ":" + random.nextInt(3);
            Limit limit = LIMITS.get(k);
            int op = random.nextInt(100);
            if (op < 2) {
                memory.reset(key);
                onRedis.reset(key);
                continue;
            }
            Decision expected = op < 12 ? memory.peek(key, limit) : memory.take(key, limit);
            Decision actual = op < 12 ? onRedis.peek(key, limit) : onRedis.take(key, limit);
            if (!expected.equals(actual)) {
                mismatches.add("step " + i + " " + key + " " + limit + ": memory " + expected + ", redis " + actual);
            }
            if (expected.allowed()) {
                allowed++;
            } else {
                denied++;
            }
            // Mostly short steps (bursts), sometimes long ones (recovery), at whole microseconds.
            long step = random.nextInt(10) < 8 ? random.nextInt(50_000) : random.nextInt(400_000_000);
            micros.addAndGet(step);
        }
        assertThat(mismatches).isEmpty();
        assertThat(allowed).as("allowed decisions").isGreaterThan(500);
        assertThat(denied).as("denied decisions").isGreaterThan(500);
    }

    @Test
    void exactlyAtTheBoundaryBothAllowAndOneNanosecondShortBothDeny() {
        AtomicLong micros = new AtomicLong(1_795_000_000_000_000L);
        Limit limit = Limit.parse("2/2s"); // one per second after a burst of two
        RateLimitStore memory = RateLimitStore.inMemory(1000, () -> micros.get() * 1000);
        RateLimitStore onRedis = new RedisStore(connector, Duration.ofSeconds(2), micros::get);
        for (RateLimitStore store : List.of(memory, onRedis)) {
            assertThat(store.take("edge", limit).allowed()).isTrue();
            assertThat(store.take("edge", limit).allowed()).isTrue();
            Decision third = store.take("edge", limit);
            assertThat(third.allowed()).isFalse();
            assertThat(third.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        }
        micros.addAndGet(999_999);
        assertThat(onRedis.take("edge", limit)).isEqualTo(memory.take("edge", limit))
                .satisfies(d -> assertThat(d.retryAfter()).isEqualTo(Duration.ofNanos(1000)));
        micros.addAndGet(1);
        assertThat(onRedis.take("edge", limit)).isEqualTo(memory.take("edge", limit))
                .satisfies(d -> assertThat(d.allowed()).isTrue());
    }
}
