/**
 * Health: which checks run, when, how their results are cached, and what {@code /livez},
 * {@code /readyz} and {@code /healthz} answer. The way in is {@link dev.launchready.health.HealthRegistry};
 * {@link dev.launchready.health.HealthEndpoints} turns a request's facts into an answer for any adapter.
 */
package dev.launchready.health;
