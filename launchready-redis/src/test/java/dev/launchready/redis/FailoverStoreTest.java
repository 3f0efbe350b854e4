package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.config.Limit;
import dev.launchready.health.HealthStatus;
import dev.launchready.ratelimit.store.Decision;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The failover decisions alone, over a primary that fails on command and a clock the test moves. */
class FailoverStoreTest {

    private static final Limit LIMIT = Limit.parse("2/1h");

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger primaryCalls = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Logger logger = (Logger) LoggerFactory.getLogger(FailoverStore.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final FailoverStore store;

    FailoverStoreTest() {
        logs.start();
        logger.addAppender(logs);
        RateLimitStore primary = new RateLimitStore() {
            private final RateLimitStore inside = RateLimitStore.inMemory(1000, () -> 0);

            @Override
            public Decision take(String key, Limit limit) {
                return call(() -> inside.take(key, limit));
            }

            @Override
            public Decision peek(String key, Limit limit) {
                return call(() -> inside.peek(key, limit));
            }

            @Override
            public void reset(String key) {
                call(() -> {
                    inside.reset(key);
                    return null;
                });
            }

            private Decision call(java.util.function.Supplier<Decision> d) {
                primaryCalls.incrementAndGet();
                if (down.get()) {
                    throw new RedisStore.RedisStoreException(new java.net.ConnectException("Connection refused: /10.0.0.7:6379"));
                }
                return d.get();
            }
        };
        store = new FailoverStore(primary, RateLimitStore.inMemory(1000, () -> 0), () -> { }, "cache:6379",
                new FailureText(URI.create("redis://:pw@cache:6379"), Duration.ofMillis(250)), Duration.ofMillis(250),
                Duration.ofSeconds(5), meters, clock);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(logs);
    }

    @Test
    void whilePrimaryFailsEveryDecisionComesFromMemoryNeverNoneAndNeverAllDenied() {
        down.set(true);
        for (int key = 0; key < 50; key++) {
            assertThat(store.take("k" + key, LIMIT).allowed()).as("first take of a fresh key").isTrue();
            assertThat(store.take("k" + key, LIMIT).allowed()).isTrue();
            assertThat(store.take("k" + key, LIMIT).allowed()).as("third take: the limit still holds").isFalse();
        }
        assertThat(primaryCalls.get()).as("calls that still went to Redis once the breaker opened").isEqualTo(3);
        assertThat(logs.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                .isEqualTo("rate limits: Redis at cache:6379 failed (connection refused): deciding in memory on this "
                        + "instance, so each instance counts alone until Redis answers again (next try in 5.0 s)"));
        assertThat(meters.get("launchready.ratelimit.store.fallback.decisions").counter().count()).isEqualTo(150);
    }

    @Test
    void oneProbePerIntervalThenBackOnThePrimary() throws Exception {
        down.set(true);
        for (int i = 0; i < 3; i++) {
            store.take("a", LIMIT);
        }
        assertThat(store.inFallback()).isTrue();
        clock.move(Duration.ofSeconds(4));
        store.take("b", LIMIT);
        assertThat(primaryCalls.get()).as("no probe before the interval").isEqualTo(3);

        clock.move(Duration.ofSeconds(2));
        store.take("b", LIMIT); // the probe: still down
        assertThat(primaryCalls.get()).isEqualTo(4);
        assertThat(store.inFallback()).isTrue();
        assertThat(store.healthCheck().check().status()).isEqualTo(HealthStatus.WARN);

        down.set(false);
        clock.move(Duration.ofSeconds(6));
        store.take("c", LIMIT); // the probe succeeds
        assertThat(store.inFallback()).isFalse();
        assertThat(store.healthCheck().check().status()).isEqualTo(HealthStatus.PASS);
        assertThat(meters.get("launchready.ratelimit.store.fallback").gauge().value()).isZero();
        assertThat(logs.list).hasSize(2);
        assertThat(logs.list.get(1).getFormattedMessage()).isEqualTo(
                "rate limits: Redis at cache:6379 answers again: decisions are shared on Redis (were in memory for 12 s)");
        assertThat(logs.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("pw"));
    }

    @Test
    void aFewScatteredFailuresDoNotSwitch() {
        for (int i = 0; i < 20; i++) {
            down.set(i % 5 == 0); // one in five fails: 20 %
            assertThat(store.take("k" + i, LIMIT).allowed()).isTrue();
        }
        assertThat(store.inFallback()).isFalse();
        assertThat(logs.list).isEmpty();
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T12:00:00Z");

        void move(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
