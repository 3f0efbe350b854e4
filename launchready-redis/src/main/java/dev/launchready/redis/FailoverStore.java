package dev.launchready.redis;

import dev.launchready.config.Limit;
import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import dev.launchready.ratelimit.store.Decision;
import dev.launchready.ratelimit.store.RateLimitStore;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared store behind a Resilience4j circuit breaker: Redis decides while it answers within the timeout;
 * when it fails (a few calls of the last ten, half of them failing), this instance's memory decides, so limits
 * still hold (per instance) and nobody is turned away for our outage. After the probe interval one call tries
 * Redis again (half-open); its success puts decisions back on Redis. One log line per switch, a gauge
 * {@code launchready.ratelimit.store.fallback} (1 while in memory), a counter
 * {@code launchready.ratelimit.store.fallback.decisions}, and a non-critical health check that warns.
 */
final class FailoverStore implements SharedRateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(FailoverStore.class);

    private final RateLimitStore redis;
    private final RateLimitStore memory;
    private final AutoCloseable connection;
    private final String where;
    private final FailureText text;
    private final Clock clock;
    private final CircuitBreaker breaker;
    private final Counter fallbackDecisions;
    private final AtomicBoolean inMemory = new AtomicBoolean();
    private final HealthCheck health;
    private volatile Throwable lastFailure;
    private volatile Instant since;
    private volatile boolean closed;

    FailoverStore(RateLimitStore redis, RateLimitStore memory, AutoCloseable connection, String where, FailureText text,
            Duration timeout, Duration probeInterval, MeterRegistry meters, Clock clock) {
        this.redis = redis;
        this.memory = memory;
        this.connection = connection;
        this.where = where;
        this.text = text;
        this.clock = clock;
        this.breaker = CircuitBreaker.of("launchready-ratelimit-redis", CircuitBreakerConfig.custom()
                // Lock-free: the breaker sees every decision, and 64 callers must not queue on its window.
                .slidingWindow(10, 3, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED,
                        CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .failureRateThreshold(50)
                .slowCallDurationThreshold(timeout)
                .waitDurationInOpenState(probeInterval)
                .permittedNumberOfCallsInHalfOpenState(1)
                .writableStackTraceEnabled(false)
                .clock(clock)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> switched(event.getStateTransition().getToState()));
        Gauge.builder("launchready.ratelimit.store.fallback", inMemory, b -> b.get() ? 1 : 0)
                .description("1 while rate-limit decisions come from this instance's memory because Redis failed")
                .tag("store", "redis").register(meters);
        this.fallbackDecisions = Counter.builder("launchready.ratelimit.store.fallback.decisions")
                .description("Rate-limit decisions made in memory because Redis failed or was skipped")
                .tag("store", "redis").register(meters);
        this.health = HealthCheck.of("ratelimit-store", false, this::check);
    }

    /**
     * Waits at startup, at most {@code within}, for the first connection: so the first decisions after a deploy
     * are shared ones, not this instance's alone. Redis unreachable then: one log line, and memory decides
     * until a probe gets through.
     */
    void awaitFirstConnection(CompletableFuture<?> connecting, Duration within) {
        try {
            connecting.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            lastFailure = new IllegalStateException("no connection within " + within.toMillis() + " ms of startup");
            breaker.transitionToOpenState();
        } catch (ExecutionException | RuntimeException e) {
            lastFailure = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            breaker.transitionToOpenState();
        }
    }

    @Override
    public Decision take(String key, Limit limit) {
        return call(() -> redis.take(key, limit), () -> memory.take(key, limit));
    }

    @Override
    public Decision peek(String key, Limit limit) {
        return call(() -> redis.peek(key, limit), () -> memory.peek(key, limit));
    }

    @Override
    public void reset(String key) {
        // Memory too: a key cleared on Redis must not come back from memory in the next outage.
        memory.reset(key);
        call(() -> {
            redis.reset(key);
            return null;
        }, () -> null);
    }

    @Override
    public HealthCheck healthCheck() {
        return health;
    }

    @Override
    public boolean inFallback() {
        return inMemory.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            connection.close();
        } catch (Exception e) {
            log.debug("rate limits: closing the Redis connection failed: {}", text.reason(e));
        }
    }

    @Override
    public String toString() {
        return "redis at " + where + " (in memory while it fails)";
    }

    private <T> T call(Supplier<T> primary, Supplier<T> fallback) {
        if (closed || !breaker.tryAcquirePermission()) {
            fallbackDecisions.increment();
            return fallback.get();
        }
        long started = System.nanoTime();
        try {
            T result = primary.get();
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return result;
        } catch (RuntimeException e) {
            lastFailure = e;
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            fallbackDecisions.increment();
            return fallback.get();
        }
    }

    /** Runs on the thread whose call changed the breaker's state: one line per switch between Redis and memory. */
    private void switched(CircuitBreaker.State to) {
        boolean nowInMemory = to != CircuitBreaker.State.CLOSED;
        if (inMemory.getAndSet(nowInMemory) == nowInMemory) {
            return; // open -> half-open -> open: still in memory, already said
        }
        if (nowInMemory) {
            since = clock.instant();
            Throwable failure = lastFailure;
            log.warn("rate limits: Redis at {} failed ({}): deciding in memory on this instance, so each instance "
                    + "counts alone until Redis answers again (next try in {} s)", where,
                    failure == null ? "too slow" : text.reason(failure),
                    breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1) / 1000.0);
        } else {
            Instant from = since;
            log.warn("rate limits: Redis at {} answers again: decisions are shared on Redis (were in memory for {} s)",
                    where, from == null ? 0 : Math.max(0, ChronoUnit.SECONDS.between(from, clock.instant())));
        }
    }

    private CheckResult check() {
        if (!inMemory.get()) {
            return CheckResult.pass("rate limits shared on Redis at " + where);
        }
        Throwable failure = lastFailure;
        return CheckResult.warn("rate limits in memory on this instance since " + since + ": Redis at " + where
                + (failure == null ? " was too slow" : ": " + text.reason(failure)));
    }
}
