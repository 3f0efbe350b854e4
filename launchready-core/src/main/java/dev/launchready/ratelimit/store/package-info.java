/**
 * Where rate-limit state lives: one theoretical arrival time per key (GCRA), decided atomically per
 * key. The way in is {@link dev.launchready.ratelimit.store.RateLimitStore}: {@code inMemory(maxKeys)}
 * for one instance (bounded, W-TinyLFU, each key expiring once it is back to a full burst, never before);
 * {@link dev.launchready.ratelimit.store.RateLimitStores#fromSettings} picks it, or a
 * {@link dev.launchready.ratelimit.store.SharedRateLimitStore} from a
 * {@link dev.launchready.ratelimit.store.RateLimitStoreProvider} (Redis, in {@code launchready-redis}) for several
 * instances. Every store decides through {@link dev.launchready.ratelimit.store.Gcra}. Time comes through
 * {@link dev.launchready.ratelimit.store.Ticker} so tests move a fake clock instead of sleeping.
 */
package dev.launchready.ratelimit.store;
