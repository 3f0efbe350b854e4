package dev.launchready.health;

/** Where the app is in its life, as readiness sees it. */
public enum Phase {
    /** Still starting: not ready for traffic yet. */
    STARTING,
    /** Started and not shutting down. */
    READY,
    /** Shutdown has begun: readiness answers 503 while in-flight and late requests still complete. */
    DRAINING
}
