package dev.launchready.ratelimit.store;

import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Expires each key at the end of its arrival time's step ({@link ArrivalTime#expiresAt()}): never before
 * its arrival time, when it is back to a full burst (the same as a key never seen), and at most one
 * step after, since keeping it longer would only cost memory. Caffeine passes its reading of the
 * store's own ticker, so expiry and GCRA agree to the nanosecond.
 */
final class ArrivalExpiry implements Expiry<String, ArrivalTime> {

    @Override
    public long expireAfterCreate(String key, ArrivalTime tat, long currentTime) {
        return untilExpiry(tat, currentTime);
    }

    @Override
    public long expireAfterUpdate(String key, ArrivalTime tat, long currentTime, long currentDuration) {
        // Runs under the key's lock, after a take that crossed a step: the lock-free takes that follow stay
        // within the new step, so this expiry stays after their arrival times too.
        return untilExpiry(tat, currentTime);
    }

    @Override
    public long expireAfterRead(String key, ArrivalTime tat, long currentTime, long currentDuration) {
        // Unchanged: Caffeine then writes nothing, or compare-and-sets the same time, so a read racing with
        // a locked take can never put back an older, earlier expiry.
        return currentDuration;
    }

    private static long untilExpiry(ArrivalTime tat, long now) {
        return Math.max(0, tat.expiresAt() - now);
    }
}
