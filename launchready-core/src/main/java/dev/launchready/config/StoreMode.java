package dev.launchready.config;

/** Where rate-limit state lives ({@code launchready.ratelimit.store}). */
public enum StoreMode {
    /** On Redis when a Redis URL is set and {@code launchready-redis} is on the class path; else in memory. */
    AUTO,
    /** In this instance's memory, even when a Redis URL is set (for the health check alone). */
    MEMORY,
    /** On Redis; startup fails when no Redis URL is set or {@code launchready-redis} is missing. */
    REDIS
}
