package dev.launchready.benchmarks.ratelimit;

import dev.launchready.config.Limit;

/** Who is measured; a JMH parameter, so each runs in a fork of its own. */
public enum Contender {
    LAUNCHREADY {
        @Override
        KeyedLimiter create(Limit limit, int maxKeys) {
            return new LaunchReadyLimiter(limit, maxKeys);
        }
    },
    BUCKET4J_CAFFEINE {
        @Override
        KeyedLimiter create(Limit limit, int maxKeys) {
            return new Bucket4jLimiter(limit, maxKeys);
        }
    },
    RESILIENCE4J {
        @Override
        KeyedLimiter create(Limit limit, int maxKeys) {
            return new Resilience4jLimiter(limit);
        }
    };

    abstract KeyedLimiter create(Limit limit, int maxKeys);
}
