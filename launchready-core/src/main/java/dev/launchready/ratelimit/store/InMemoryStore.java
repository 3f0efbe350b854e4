package dev.launchready.ratelimit.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.launchready.config.Limit;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * GCRA state in a bounded Caffeine cache: one {@link ArrivalTime} per key, expiring when the key is back
 * to a full burst, and W-TinyLFU choosing what to evict when {@code maxKeys} is reached, so a flood of
 * one-off keys cannot push out an exhausted key that keeps coming back (which would reset its limit).
 */
final class InMemoryStore implements RateLimitStore {

    private final Cache<String, ArrivalTime> cache;
    private final Ticker ticker;
    private final int maxKeys;

    InMemoryStore(int maxKeys, Ticker ticker, Executor maintenance) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1: " + maxKeys);
        }
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.maxKeys = maxKeys;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfter(new ArrivalExpiry())
                .ticker(ticker::nanos)
                // Eviction and expiry sweeps off the request thread in production (measured: the hot-key rows
                // were up to 2x slower with them inline); inline under a test ticker, to be deterministic.
                // Exactness never depends on it: a read checks an entry's expiry itself, and a full write
                // buffer makes the writer do the maintenance, so the bound holds even if the pool is busy.
                .executor(maintenance)
                .build();
    }

    @Override
    public Decision take(String key, Limit limit) {
        Gcra gcra = Gcra.of(limit);
        ArrivalTime seen = cache.getIfPresent(key);
        if (seen != null) {
            // Lock-free for a known key, denied or allowed within its expiry step (see ArrivalTime): a hot
            // key's takes then cost a read and a compare-and-set, not a write on one hot lock.
            Decision decision = seen.take(gcra, ticker, false);
            if (decision != null) {
                return decision;
            }
        }
        Take take = new Take(gcra);
        // compute() holds the key's lock while the arrival time crosses a step and the expiry moves with it.
        cache.asMap().compute(key, take);
        return take.decision;
    }

    @Override
    public Decision peek(String key, Limit limit) {
        Gcra gcra = Gcra.of(limit);
        // A read, not a compute: no lock, and it still counts as a use for W-TinyLFU.
        ArrivalTime tat = cache.getIfPresent(key);
        long now = ticker.nanos();
        return gcra.decide(tat == null ? 0 : tat.nanos() - now);
    }

    @Override
    public void reset(String key) {
        cache.invalidate(key);
    }

    /** Keys held, after pending evictions and expiries ran; for tests. */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Override
    public String toString() {
        return "in-memory (at most " + maxKeys + " keys)";
    }

    /** One take's remapping, under the key's lock: a new key, or a take whose arrival time leaves its step. */
    private final class Take implements BiFunction<String, ArrivalTime, ArrivalTime> {

        private final Gcra gcra;
        Decision decision;

        Take(Gcra gcra) {
            this.gcra = gcra;
        }

        @Override
        public ArrivalTime apply(String key, ArrivalTime tat) {
            if (tat != null) {
                // Still a compare-and-set: lock-free takes within the step race with this one.
                decision = tat.take(gcra, ticker, true);
                return tat;
            }
            long now = ticker.nanos();
            decision = gcra.decide(0);
            return decision.allowed() ? new ArrivalTime(now + decision.resetAfter().toNanos()) : null;
        }
    }
}
