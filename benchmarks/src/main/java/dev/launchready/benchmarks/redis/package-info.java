/**
 * Shared rate limits on Redis: LaunchReady's Redis store against Bucket4j's Lettuce proxy manager, on one
 * local {@code redis-server}, at 1, 8 and 64 callers; each trial also prints the commands each sent per decision.
 */
package dev.launchready.benchmarks.redis;
