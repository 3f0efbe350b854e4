package dev.launchready.ratelimit.store;

import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Expires each key at its arrival time: from then on it has a full burst, the same as a key never seen,
 * so keeping it would only cost memory. Caffeine passes its reading of the store's own ticker, so
 * expiry and GCRA agree to the nanosecond.
 */
final class ArrivalExpiry implements Expiry<String, ArrivalTime> {

    @Override
    public long expireAfterCreate(String key, ArrivalTime tat, long currentTime) {
        return untilArrival(tat, currentTime);
    }

    @Override
    public long expireAfterUpdate(String key, ArrivalTime tat, long currentTime, long currentDuration) {
        // Also called for a denied take, which returns the unchanged value: the expiry stays where it was.
        return untilArrival(tat, currentTime);
    }

    @Override
    public long expireAfterRead(String key, ArrivalTime tat, long currentTime, long currentDuration) {
        return currentDuration;
    }

    private static long untilArrival(ArrivalTime tat, long now) {
        return Math.max(0, tat.nanos() - now);
    }
}
