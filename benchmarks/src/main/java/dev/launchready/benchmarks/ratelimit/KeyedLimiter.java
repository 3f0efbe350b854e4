package dev.launchready.benchmarks.ratelimit;

/** The one operation every contender offers: count one event for a key if the key's limit allows it. */
interface KeyedLimiter {

    boolean tryTake(String key);
}
