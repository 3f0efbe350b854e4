package dev.launchready.ratelimit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.Limit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {

    private final FakeTicker ticker = new FakeTicker();
    private final RateLimitStore store = RateLimitStore.inMemory(1_000, ticker);
    private final Limit fivePerMinute = Limit.parse("5/1m"); // one every 12 s

    @Test
    void allowsAFullBurstCountingDownThenDeniesWithTheWaitForOneMore() {
        for (int i = 0; i < 5; i++) {
            Decision d = store.take("k", fivePerMinute);
            assertThat(d.allowed()).isTrue();
            assertThat(d.remaining()).isEqualTo(4 - i);
            assertThat(d.retryAfter()).isZero();
            assertThat(d.resetAfter()).isEqualTo(Duration.ofSeconds(12L * (i + 1)));
        }
        ticker.advance(Duration.ofSeconds(3));

        Decision denied = store.take("k", fivePerMinute);

        assertThat(denied).isEqualTo(Decision.deny(Duration.ofSeconds(9), Duration.ofSeconds(57)));
    }

    @Test
    void aDeniedTakeRecordsNothingSoRetryingEarlyDoesNotPushTheWaitOut() {
        exhaust("k", fivePerMinute);

        for (int i = 0; i < 10; i++) {
            assertThat(store.take("k", fivePerMinute).retryAfter()).isEqualTo(Duration.ofSeconds(12));
        }
        ticker.advance(Duration.ofSeconds(12));
        assertThat(store.take("k", fivePerMinute).allowed()).isTrue();
    }

    @Test
    void atTheSteadyRateEachIntervalAllowsExactlyOneMore() {
        exhaust("k", fivePerMinute);

        for (int i = 0; i < 20; i++) {
            ticker.advance(Duration.ofSeconds(12).minusNanos(1));
            assertThat(store.take("k", fivePerMinute).retryAfter()).isEqualTo(Duration.ofNanos(1));
            ticker.advance(Duration.ofNanos(1));
            assertThat(store.take("k", fivePerMinute)).isEqualTo(Decision.allow(0, Duration.ofMinutes(1)));
            assertThat(store.take("k", fivePerMinute).allowed()).isFalse();
        }
    }

    @Test
    void waitingRefillsTheBurstUpToItsSizeAndNoFurther() {
        exhaust("k", fivePerMinute);
        ticker.advance(Duration.ofSeconds(36));
        assertThat(store.peek("k", fivePerMinute).remaining()).isEqualTo(2);

        ticker.advance(Duration.ofHours(5));

        assertThat(store.take("k", fivePerMinute)).isEqualTo(Decision.allow(4, Duration.ofSeconds(12)));
    }

    @Test
    void resetAfterIsWhenTheKeyIsBackToAFullBurst() {
        store.take("k", fivePerMinute);
        Decision d = store.take("k", fivePerMinute);
        assertThat(d.resetAfter()).isEqualTo(Duration.ofSeconds(24));

        ticker.advance(d.resetAfter());

        assertThat(store.peek("k", fivePerMinute)).isEqualTo(store.peek("never-seen", fivePerMinute));
    }

    @Test
    void peekTellsWhatTakeWouldDecideWithoutConsuming() {
        store.take("k", fivePerMinute);

        for (int i = 0; i < 10; i++) {
            assertThat(store.peek("k", fivePerMinute)).isEqualTo(Decision.allow(3, Duration.ofSeconds(24)));
        }
        assertThat(store.take("k", fivePerMinute)).isEqualTo(Decision.allow(3, Duration.ofSeconds(24)));
        exhaust("k", fivePerMinute);
        assertThat(store.peek("k", fivePerMinute)).isEqualTo(store.take("k", fivePerMinute));
    }

    @Test
    void peekOnAnUnknownKeyIsAFullBurstAndDoesNotCreateIt() {
        InMemoryStore memory = new InMemoryStore(10, ticker, Runnable::run);

        assertThat(memory.peek("k", fivePerMinute)).isEqualTo(Decision.allow(4, Duration.ofSeconds(12)));
        assertThat(memory.size()).isZero();
    }

    @Test
    void resetForgetsOneKeyOnly() {
        exhaust("a", fivePerMinute);
        exhaust("b", fivePerMinute);

        store.reset("a");
        store.reset("never-seen");

        assertThat(store.take("a", fivePerMinute).remaining()).isEqualTo(4);
        assertThat(store.take("b", fivePerMinute).allowed()).isFalse();
    }

    @Test
    void keysAreIndependent() {
        exhaust("a", fivePerMinute);

        assertThat(store.take("b", fivePerMinute).remaining()).isEqualTo(4);
    }

    @Test
    void aLimitOfOneAllowsOnePerWindow() {
        Limit onePerHour = Limit.parse("1/1h");

        assertThat(store.take("k", onePerHour)).isEqualTo(Decision.allow(0, Duration.ofHours(1)));
        assertThat(store.take("k", onePerHour)).isEqualTo(Decision.deny(Duration.ofHours(1), Duration.ofHours(1)));
    }

    private void exhaust(String key, Limit limit) {
        while (store.take(key, limit).allowed()) {
            // keep taking
        }
    }
}
