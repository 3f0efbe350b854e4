package dev.launchready.benchmarks.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.launchready.config.Limit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Bucket4j the way its docs suggest for per-key local limits: one bucket per key in a bounded Caffeine
 * cache that forgets a key a window after its last use. A greedy refill of {@code count} per window is
 * the token bucket GCRA is equivalent to.
 */
final class Bucket4jLimiter implements KeyedLimiter {

    private final Cache<String, Bucket> buckets;
    private final Bandwidth bandwidth;

    Bucket4jLimiter(Limit limit, int maxKeys) {
        this.bandwidth = Bandwidth.builder().capacity(limit.count()).refillGreedy(limit.count(), limit.window()).build();
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(limit.window()).build();
    }

    @Override
    public boolean tryTake(String key) {
        return buckets.get(key, this::newBucket).tryConsume(1);
    }

    private Bucket newBucket(String key) {
        return Bucket.builder().addLimit(bandwidth).withNanosecondPrecision().build();
    }

    /** Pending evictions done, for the heap measurement. */
    void cleanUp() {
        buckets.cleanUp();
    }
}
