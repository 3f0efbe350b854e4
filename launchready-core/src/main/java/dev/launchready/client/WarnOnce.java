package dev.launchready.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which keys were already warned about, so a log line is written once per key, not once
 * per request. The memory holds the most recently seen {@code capacity} keys and forgets the least
 * recently seen: a flood of distinct addresses costs bounded memory, at worst repeating a warning
 * for a key that fell out. Only consulted off the normal path (a request that gets a warning), so one
 * lock is cheap enough.
 */
final class WarnOnce {

    private final Map<String, Boolean> seen;

    WarnOnce(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.seen = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time a key is offered (and again once it has been forgotten). */
    synchronized boolean firstTime(String key) {
        return seen.put(key, Boolean.TRUE) == null;
    }

    synchronized int size() {
        return seen.size();
    }
}
