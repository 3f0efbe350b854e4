package dev.launchready.ratelimit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.Limit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoundedMemoryTest {

    /** Caffeine's timer wheel sweeps expired entries at its finest tick, 2^30 ns (about 1.07 s). */
    private static final Duration WHEEL_TICK = Duration.ofNanos(1L << 30);

    private final FakeTicker ticker = new FakeTicker();

    @Test
    void aKeyIsForgottenOnceItIsBackToAFullBurst() {
        InMemoryStore store = new InMemoryStore(100, ticker);
        Limit threePerThreeSeconds = Limit.parse("3/3s");
        store.take("k", threePerThreeSeconds);
        Decision d = store.take("k", threePerThreeSeconds);

        ticker.advance(d.resetAfter().minusNanos(1));
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.peek("k", threePerThreeSeconds).remaining()).isEqualTo(1);

        ticker.advance(Duration.ofNanos(1));
        // Expired at its arrival time exactly: from now on the key reads as absent...
        assertThat(store.peek("k", threePerThreeSeconds).remaining()).isEqualTo(2);
        ticker.advance(WHEEL_TICK);
        // ...and its memory is released by the next sweep.
        assertThat(store.size()).isZero();
    }

    @Test
    void aDeniedTakeKeepsTheKeyUntilItsArrivalTimeNotLonger() {
        InMemoryStore store = new InMemoryStore(100, ticker);
        Limit onePerMinute = Limit.parse("1/1m");
        store.take("k", onePerMinute);
        ticker.advance(Duration.ofSeconds(50));
        assertThat(store.take("k", onePerMinute).allowed()).isFalse();

        ticker.advance(Duration.ofSeconds(10).plus(WHEEL_TICK));

        assertThat(store.size()).isZero();
    }

    @Test
    void aFloodOfAMillionKeysStaysBoundedAndCannotEvictAnExhaustedKeyThatKeepsComingBack() {
        int maxKeys = 10_000;
        InMemoryStore store = new InMemoryStore(maxKeys, ticker);
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
}
