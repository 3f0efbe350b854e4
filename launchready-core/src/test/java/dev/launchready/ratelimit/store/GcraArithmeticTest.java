package dev.launchready.ratelimit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.Limit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The edges: windows too long for a long of nanoseconds, counts above the window's nanoseconds, tickers near overflow. */
class GcraArithmeticTest {

    @Test
    void aWindowOfAThousandYearsIsCappedInsteadOfOverflowing() {
        FakeTicker ticker = new FakeTicker(Long.MAX_VALUE - 10);
        InMemoryStore store = new InMemoryStore(10, ticker, Runnable::run);
        Limit forever = new Limit(2, Duration.ofDays(365_000));

        Decision first = store.take("k", forever);
        Decision second = store.take("k", forever);
        Decision third = store.take("k", forever);

        assertThat(first.allowed()).isTrue();
        assertThat(first.remaining()).isEqualTo(1);
        assertThat(second).isEqualTo(Decision.allow(0, Duration.ofNanos(Gcra.MAX_SPAN - Gcra.MAX_SPAN % 2)));
        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfter()).isEqualTo(Duration.ofNanos(Gcra.MAX_SPAN / 2));
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void aDurationBeyondLongNanosecondsSaturates() {
        Gcra gcra = Gcra.of(new Limit(1, Duration.ofSeconds(Long.MAX_VALUE)));

        assertThat(gcra.span()).isEqualTo(Gcra.MAX_SPAN);
        assertThat(gcra.decide(Long.MAX_VALUE).allowed()).isFalse();
        assertThat(gcra.decide(Long.MIN_VALUE).allowed()).isTrue();
    }

    @Test
    void moreEventsThanNanosecondsInTheWindowStillLimitsTheBurst() {
        FakeTicker ticker = new FakeTicker();
        InMemoryStore store = new InMemoryStore(10, ticker, Runnable::run);
        Limit absurd = new Limit(Integer.MAX_VALUE, Duration.ofSeconds(1));

        assertThat(Gcra.of(absurd).interval()).isEqualTo(1);
        assertThat(store.take("k", absurd).remaining()).isEqualTo(Integer.MAX_VALUE - 1);
    }

    @Test
    void theTickerWrappingPastLongMaxValueChangesNothing() {
        FakeTicker ticker = new FakeTicker(Long.MAX_VALUE - 1_000_000_000L);
        InMemoryStore store = new InMemoryStore(10, ticker, Runnable::run);
        Limit twoPerTwoSeconds = new Limit(2, Duration.ofSeconds(2));
        store.take("k", twoPerTwoSeconds);
        store.take("k", twoPerTwoSeconds);

        ticker.advance(Duration.ofMillis(1_500));

        assertThat(store.take("k", twoPerTwoSeconds)).isEqualTo(Decision.allow(0, Duration.ofSeconds(1).plusMillis(500)));
        assertThat(store.take("k", twoPerTwoSeconds).retryAfter()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void decisionsRefuseContradictions() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Decision(false, 0, Duration.ZERO, Duration.ZERO));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Decision(true, 1, Duration.ofSeconds(1), Duration.ZERO));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Decision.allow(-1, Duration.ZERO));
    }
}
