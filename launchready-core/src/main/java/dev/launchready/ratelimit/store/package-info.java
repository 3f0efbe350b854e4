/**
 * Where rate-limit state lives: one theoretical arrival time per key (GCRA), decided atomically per
 * key. The way in is {@link dev.launchready.ratelimit.store.RateLimitStore}: {@code inMemory(maxKeys)}
 * for one instance (bounded, W-TinyLFU, each key expiring once it is back to a full burst, never before);
 * a Redis store implements the same three operations for several instances. Time comes through
 * {@link dev.launchready.ratelimit.store.Ticker} so tests move a fake clock instead of sleeping.
 */
package dev.launchready.ratelimit.store;
