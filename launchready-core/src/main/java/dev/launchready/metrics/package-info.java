/**
 * Request-latency metrics decisions, free of servlet and Spring types: the tag values of
 * {@code http.server.requests} (Spring Boot's keys and spellings), route folding, the label-set cap that
 * folds into an overflow value without losing a count, and the bucket layout with exact bounds at the
 * service-level targets.
 */
package dev.launchready.metrics;
