/** Request timing against Spring's ServerHttpObservationFilter and a bare chain; the scrape. */
package dev.launchready.benchmarks.metrics;
