package dev.launchready.benchmarks.ratelimit;

import dev.launchready.config.Limit;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;

/**
 * Resilience4j: one named {@code RateLimiter} per key from a registry (which never evicts), with a zero
 * timeout so a denied caller is told at once instead of waiting for the next cycle.
 */
final class Resilience4jLimiter implements KeyedLimiter {

    private final RateLimiterRegistry registry;

    Resilience4jLimiter(Limit limit) {
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limit.count())
                .limitRefreshPeriod(limit.window())
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    public boolean tryTake(String key) {
        return registry.rateLimiter(key).acquirePermission();
    }
}
