package dev.launchready.ratelimit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.Limit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoundedMemoryTest {

    /** Caffeine's timer wheel sweeps expired entries at its finest tick, 2^30 ns (about 1.07 s). */
    private static final Duration WHEEL_TICK = Duration.ofNanos(1L << 30);

    /** How long after its arrival time a key may linger: the rest of its expiry step, then one sweep. */
    private static final Duration SLACK = Duration.ofNanos(ArrivalTime.STEP).plus(WHEEL_TICK);

    private final FakeTicker ticker = new FakeTicker();

    @Test
    void aKeyIsForgottenOnceItIsBackToAFullBurst() {
        InMemoryStore store = new InMemoryStore(100, ticker, Runnable::run);
        Limit threePerThreeSeconds = Limit.parse("3/3s");
        store.take("k", threePerThreeSeconds);
        Decision d = store.take("k", threePerThreeSeconds);

        ticker.advance(d.resetAfter().minusNanos(1));
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.peek("k", threePerThreeSeconds).remaining()).isEqualTo(1);

        ticker.advance(Duration.ofNanos(1));
        // Back to a full burst at its arrival time exactly: from now on the key reads as never seen...
        assertThat(store.peek("k", threePerThreeSeconds).remaining()).isEqualTo(2);
        ticker.advance(SLACK);
        // ...and its memory is released within the slack.
        assertThat(store.size()).isZero();
    }

    @Test
    void aDeniedTakeKeepsTheKeyUntilItsArrivalTimeNotLonger() {
        InMemoryStore store = new InMemoryStore(100, ticker, Runnable::run);
        Limit onePerMinute = Limit.parse("1/1m");
        store.take("k", onePerMinute);
        ticker.advance(Duration.ofSeconds(50));
        assertThat(store.take("k", onePerMinute).allowed()).isFalse();

        ticker.advance(Duration.ofSeconds(10).plus(SLACK));

        assertThat(store.size()).isZero();
    }

    @Test
    void aKeyPushedForwardByLockFreeTakesDoesNotExpireBeforeItsFinalArrivalTime() {
        // Start half a burst before a step boundary, so the burst both stays within a step (lock-free
        // takes, which do not move the cache's expiry) and crosses one (a locked take, which does).
        Limit thousandPerSecond = Limit.parse("1000/1s");
        FakeTicker clock = new FakeTicker(8 * ArrivalTime.STEP - Duration.ofMillis(500).toNanos());
        InMemoryStore store = new InMemoryStore(100, clock, Runnable::run);
        for (int i = 0; i < 1_000; i++) {
            assertThat(store.take("k", thousandPerSecond).allowed()).isTrue();
            // The arrival time races ahead of the clock: 1 ms per take against 0.1 ms of time.
            clock.advance(Duration.ofNanos(100_000));
        }

        // At every point up to its final arrival time the key is held, state and all: had its expiry
        // stayed where a locked take set it, it would vanish about 0.5 s early, and with it the limit.
        // A peek's resetAfter includes the interval of the take it describes.
        Duration left = store.peek("k", thousandPerSecond).resetAfter().minusMillis(1);
        for (Duration step = Duration.ofMillis(97); left.compareTo(step) > 0; left = left.minus(step)) {
            clock.advance(step);
            assertThat(store.size()).isEqualTo(1);
            assertThat(store.peek("k", thousandPerSecond).remaining()).isLessThan(999);
        }
        clock.advance(left.minusNanos(1));
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.peek("k", thousandPerSecond).remaining()).isEqualTo(998);

        clock.advance(Duration.ofNanos(1));
        assertThat(store.peek("k", thousandPerSecond).remaining()).isEqualTo(999);
        clock.advance(SLACK);
        assertThat(store.size()).isZero();
    }

    @Test
    void aFloodOfAMillionKeysStaysBoundedAndCannotEvictAnExhaustedKeyThatKeepsComingBack() {
        int maxKeys = 10_000;
        InMemoryStore store = new InMemoryStore(maxKeys, ticker, Runnable::run);
        Limit loginPerIp = Limit.parse("30/5m");
        Limit attackerLimit = Limit.parse("5/1h");
        int denied = 0;
        while (store.take("attacker", attackerLimit).allowed()) {
            // exhaust before the flood
        }

        for (int i = 0; i < 1_000_000; i++) {
            store.take("flood-" + i, loginPerIp);
            if (i % 1_000 == 0) {
                Decision attacker = store.take("attacker", attackerLimit);
                denied += attacker.allowed() ? 0 : 1;
            }
        }

        assertThat(store.size()).isLessThanOrEqualTo(maxKeys);
        assertThat(denied).isEqualTo(1_000);
        assertThat(store.take("attacker", attackerLimit).allowed()).isFalse();
        assertThat(store.peek("attacker", attackerLimit).retryAfter()).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void theProductionStoreWithHousekeepingOnTheCommonPoolStaysBounded() {
        InMemoryStore store = (InMemoryStore) RateLimitStore.inMemory(1_000);
        dev.launchready.config.Limit limit = dev.launchready.config.Limit.parse("5/1m");
        for (int i = 0; i < 200_000; i++) {
            store.take("ip:" + i, limit);
        }
        org.assertj.core.api.Assertions.assertThat(store.size()).isLessThanOrEqualTo(1_000);
    }
}
